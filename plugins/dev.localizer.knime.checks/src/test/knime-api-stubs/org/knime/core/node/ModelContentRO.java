package org.knime.core.node;
public interface ModelContentRO extends org.knime.core.node.config.ConfigRO { ModelContentRO getModelContent(String key) throws InvalidSettingsException; }
