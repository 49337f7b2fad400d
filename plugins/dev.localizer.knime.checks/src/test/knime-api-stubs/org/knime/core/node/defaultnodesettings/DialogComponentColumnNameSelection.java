package org.knime.core.node.defaultnodesettings;
public class DialogComponentColumnNameSelection extends DialogComponent {
 @SafeVarargs public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex, final Class<? extends org.knime.core.data.DataValue>... classFilter){}
 @SafeVarargs public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex, final boolean isRequired, final Class<? extends org.knime.core.data.DataValue>... classFilter){}
 @SafeVarargs public DialogComponentColumnNameSelection(final SettingsModelString model, final String label, final int specIndex, final boolean isRequired, final boolean addNoneCol, final Class<? extends org.knime.core.data.DataValue>... classFilter){} }
