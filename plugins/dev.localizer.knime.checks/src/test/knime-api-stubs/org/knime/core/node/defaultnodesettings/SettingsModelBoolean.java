package org.knime.core.node.defaultnodesettings;
public class SettingsModelBoolean extends SettingsModel { private final String m_configName; private boolean m_value;
 public SettingsModelBoolean(final String configName, final boolean defaultValue){ m_configName = configName; m_value = defaultValue; }
 @Override public String getConfigName(){ return m_configName; }
 public void setBooleanValue(final boolean v){ m_value = v; } public boolean getBooleanValue(){ return m_value; }
 @Override protected void validateSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { settings.getBoolean(m_configName); }
 @Override protected void loadSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { setBooleanValue(settings.getBoolean(m_configName)); }
 @Override protected void saveSettingsForModel(final org.knime.core.node.NodeSettingsWO settings) { settings.addBoolean(m_configName, m_value); } }
