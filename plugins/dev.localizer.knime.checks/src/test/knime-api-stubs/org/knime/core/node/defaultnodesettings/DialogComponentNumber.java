package org.knime.core.node.defaultnodesettings;
public class DialogComponentNumber extends DialogComponent { public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize){} }
