package org.knime.core.node.defaultnodesettings;
public class DialogComponentStringSelection extends DialogComponent {
 public DialogComponentStringSelection(final SettingsModelString stringModel, final String label, final String... list){}
 public DialogComponentStringSelection(final SettingsModelString stringModel, final String label, final java.util.Collection<String> list){} }
