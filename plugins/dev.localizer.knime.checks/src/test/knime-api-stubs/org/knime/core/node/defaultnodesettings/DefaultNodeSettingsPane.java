package org.knime.core.node.defaultnodesettings;
public class DefaultNodeSettingsPane extends org.knime.core.node.NodeDialogPane { public DefaultNodeSettingsPane(){}
 public void setDefaultTabTitle(final String tabTitle){} public void createNewTab(final String tabTitle){}
 public void createNewGroup(final String title){} public void closeCurrentGroup(){}
 public void addDialogComponent(final DialogComponent diaC){} public void setHorizontalPlacement(final boolean horizontal){} }
