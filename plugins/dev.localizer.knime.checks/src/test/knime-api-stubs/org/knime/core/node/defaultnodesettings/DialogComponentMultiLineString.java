package org.knime.core.node.defaultnodesettings;
public class DialogComponentMultiLineString extends DialogComponent { public DialogComponentMultiLineString(final SettingsModelString stringModel, final String label){} }
