package org.knime.core.node;
public interface NodeSettingsWO extends org.knime.core.node.config.ConfigWO {}
