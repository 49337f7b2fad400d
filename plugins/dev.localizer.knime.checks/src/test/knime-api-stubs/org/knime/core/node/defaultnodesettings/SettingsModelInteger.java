package org.knime.core.node.defaultnodesettings;
public class SettingsModelInteger extends SettingsModelNumber { private final String m_configName; private int m_value;
 public SettingsModelInteger(final String configName, final int defaultValue){ m_configName = configName; m_value = defaultValue; }
 @Override protected String getConfigName(){ return m_configName; } public String getKey(){ return m_configName; }
 public void setIntValue(final int v){ m_value = v; } public int getIntValue(){ return m_value; }
 protected void validateValue(final int value) throws org.knime.core.node.InvalidSettingsException {}
 @Override protected void validateSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { validateValue(settings.getInt(m_configName)); }
 @Override protected void loadSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException {
  try { setIntValue(settings.getInt(m_configName)); } catch (IllegalArgumentException e) { throw new org.knime.core.node.InvalidSettingsException(e.getMessage()); } }
 @Override protected void saveSettingsForModel(final org.knime.core.node.NodeSettingsWO settings) { settings.addInt(m_configName, m_value); } }
