package org.knime.core.node.config;
public interface ConfigWO { void addString(String key, String value); void addInt(String key, int value); void addStringArray(String key, String... values); }
