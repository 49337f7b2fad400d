package org.knime.core.node.defaultnodesettings;
public abstract class DialogComponent {}
