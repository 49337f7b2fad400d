package org.knime.core.node.defaultnodesettings;
public class SettingsModelString extends SettingsModel { private final String m_configName; private String m_value;
 public SettingsModelString(final String configName, final String defaultValue){ m_configName = configName; m_value = defaultValue; }
 @Override protected String getConfigName(){ return m_configName; } public String getKey(){ return m_configName; }
 public void setStringValue(final String newValue){ m_value = newValue; } public String getStringValue(){ return m_value; }
 @Override protected void validateSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { settings.getString(m_configName); }
 @Override protected void loadSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { setStringValue(settings.getString(m_configName)); }
 @Override protected void saveSettingsForModel(final org.knime.core.node.NodeSettingsWO settings) { settings.addString(m_configName, m_value); } }
