package org.knime.core.node.defaultnodesettings;
public class SettingsModelDouble extends SettingsModelNumber { public SettingsModelDouble(final String configName, final double defaultValue){} public void setDoubleValue(final double v){} public double getDoubleValue(){return 0;} }
