package org.knime.core.node.defaultnodesettings;
public class DialogComponentFileChooser extends DialogComponent {
 public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID, final String... validExtensions){}
 public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID, final int dialogType, final String... validExtensions){}
 public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID, final int dialogType, final boolean directoryOnly){}
 public void setBorderTitle(final String newTitle){} }
