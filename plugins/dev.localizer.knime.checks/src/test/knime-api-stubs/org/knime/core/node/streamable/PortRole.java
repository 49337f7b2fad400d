package org.knime.core.node.streamable;
public class PortRole { public boolean isDistributable(){return false;} }
