package org.knime.core.node.config;
public interface ConfigRO extends Iterable<String> { java.util.Set<String> keySet();
 boolean containsKey(String key);
 String getString(String key) throws org.knime.core.node.InvalidSettingsException;
 int getInt(String key) throws org.knime.core.node.InvalidSettingsException;
 double getDouble(String key) throws org.knime.core.node.InvalidSettingsException;
 boolean getBoolean(String key) throws org.knime.core.node.InvalidSettingsException;
 String[] getStringArray(String key) throws org.knime.core.node.InvalidSettingsException;
 double[] getDoubleArray(String key) throws org.knime.core.node.InvalidSettingsException; }
