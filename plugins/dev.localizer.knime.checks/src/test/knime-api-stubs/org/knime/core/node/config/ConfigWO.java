package org.knime.core.node.config;
public interface ConfigWO { void addString(String key, String value); void addInt(String key, int value);
 void addDouble(String key, double value); void addBoolean(String key, boolean value);
 void addStringArray(String key, String... values); void addDoubleArray(String key, double... values); }
