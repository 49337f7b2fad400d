package org.knime.core.node.streamable;
public abstract class PortOutput { public void setInactive(){} }
