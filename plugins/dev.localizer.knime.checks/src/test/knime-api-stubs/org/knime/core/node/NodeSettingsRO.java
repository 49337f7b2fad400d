package org.knime.core.node;
public interface NodeSettingsRO extends org.knime.core.node.config.ConfigRO {
 NodeSettingsRO getNodeSettings(String key) throws InvalidSettingsException; }
