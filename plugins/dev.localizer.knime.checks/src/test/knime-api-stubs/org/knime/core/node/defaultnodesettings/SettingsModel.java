package org.knime.core.node.defaultnodesettings;
/** Stand-in that behaves as KNIME's does for the nodes' use: loading or validating a missing key fails. */
public abstract class SettingsModel {
 protected abstract String getConfigName();
 protected abstract void validateSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException;
 protected abstract void loadSettingsForModel(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException;
 protected abstract void saveSettingsForModel(final org.knime.core.node.NodeSettingsWO settings);
 public final void validateSettings(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { validateSettingsForModel(settings); }
 public final void loadSettingsFrom(final org.knime.core.node.NodeSettingsRO settings) throws org.knime.core.node.InvalidSettingsException { loadSettingsForModel(settings); }
 public final void saveSettingsTo(final org.knime.core.node.NodeSettingsWO settings) { saveSettingsForModel(settings); } }
