package org.knime.core.node.defaultnodesettings;
public abstract class SettingsModel {
 public final void validateSettings(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException {}
 public final void loadSettingsFrom(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException {}
 public final void saveSettingsTo(final org.knime.core.node.NodeSettingsWO settings) {} }
