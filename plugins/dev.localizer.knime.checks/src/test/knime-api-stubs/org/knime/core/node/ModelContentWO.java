package org.knime.core.node;
public interface ModelContentWO extends org.knime.core.node.config.ConfigWO { ModelContentWO addModelContent(String key); }
