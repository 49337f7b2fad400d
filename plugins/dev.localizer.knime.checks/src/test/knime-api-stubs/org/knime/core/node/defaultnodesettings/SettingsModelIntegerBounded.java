package org.knime.core.node.defaultnodesettings;
public class SettingsModelIntegerBounded extends SettingsModelInteger { private final int m_minValue; private final int m_maxValue;
 public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue, final int maxValue){ super(configName, defaultValue); m_minValue = minValue; m_maxValue = maxValue; }
 public int getLowerBound(){ return m_minValue; } public int getUpperBound(){ return m_maxValue; }
 @Override protected void validateValue(final int value) throws org.knime.core.node.InvalidSettingsException {
  if (value < m_minValue || value > m_maxValue) { throw new org.knime.core.node.InvalidSettingsException("Value (=" + value + ") must be within the range [" + m_minValue + "..." + m_maxValue + "]."); } }
 @Override public void setIntValue(final int newValue){
  if (newValue < m_minValue || newValue > m_maxValue) { throw new IllegalArgumentException("Value (=" + newValue + ") must be within the range [" + m_minValue + "..." + m_maxValue + "]."); }
  super.setIntValue(newValue); } }
