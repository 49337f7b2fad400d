package org.knime.core.node.defaultnodesettings;
public class SettingsModelDouble extends SettingsModelNumber { private final String m_configName; private double m_value;
 public SettingsModelDouble(final String configName, final double defaultValue){ m_configName = configName; m_value = defaultValue; }
 @Override protected String getConfigName(){ return m_configName; } public String getKey(){ return m_configName; }
 public void setDoubleValue(final double v){ m_value = v; } public double getDoubleValue(){ return m_value; }
 protected void validateValue(final double value) throws org.knime.core.node.InvalidSettingsException {}
 @Override protected void validateSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { validateValue(settings.getDouble(m_configName)); }
 @Override protected void loadSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException {
  try { setDoubleValue(settings.getDouble(m_configName)); } catch (IllegalArgumentException e) { throw new org.knime.core.node.InvalidSettingsException(e.getMessage()); } }
 @Override protected void saveSettingsForModel(final org.knime.core.node.NodeSettingsWO settings) { settings.addDouble(m_configName, m_value); } }
