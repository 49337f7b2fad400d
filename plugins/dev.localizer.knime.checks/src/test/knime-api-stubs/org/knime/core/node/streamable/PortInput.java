package org.knime.core.node.streamable;
public abstract class PortInput { public boolean isInactive() throws InterruptedException {return false;} }
