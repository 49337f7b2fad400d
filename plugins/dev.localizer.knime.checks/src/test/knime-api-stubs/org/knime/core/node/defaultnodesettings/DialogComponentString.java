package org.knime.core.node.defaultnodesettings;
public class DialogComponentString extends DialogComponent { public DialogComponentString(final SettingsModelString stringModel, final String label){} }
