package org.knime.core.node.defaultnodesettings;
public class SettingsModelString extends SettingsModel { public SettingsModelString(final String configName, final String defaultValue){} public void setStringValue(final String newValue){} public String getStringValue(){return null;} }
