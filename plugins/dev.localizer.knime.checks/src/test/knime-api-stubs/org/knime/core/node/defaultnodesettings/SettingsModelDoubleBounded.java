package org.knime.core.node.defaultnodesettings;
public class SettingsModelDoubleBounded extends SettingsModelDouble { private final double m_minValue; private final double m_maxValue;
 public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue, final double maxValue){ super(configName, defaultValue); m_minValue = minValue; m_maxValue = maxValue; }
 public double getLowerBound(){ return m_minValue; } public double getUpperBound(){ return m_maxValue; }
 @Override protected void validateValue(final double value) throws org.knime.core.node.InvalidSettingsException {
  if (value < m_minValue || value > m_maxValue) { throw new org.knime.core.node.InvalidSettingsException("value (=" + value + ") must be within the range [" + m_minValue + "..." + m_maxValue + "]."); } }
 @Override public void setDoubleValue(final double newValue){
  if (newValue < m_minValue || newValue > m_maxValue) { throw new IllegalArgumentException("value (=" + newValue + ") must be within the range [" + m_minValue + "..." + m_maxValue + "]."); }
  super.setDoubleValue(newValue); } }
