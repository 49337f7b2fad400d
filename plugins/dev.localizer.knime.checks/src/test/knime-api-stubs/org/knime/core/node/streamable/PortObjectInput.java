package org.knime.core.node.streamable;
public class PortObjectInput extends PortInput { public PortObjectInput(final org.knime.core.node.port.PortObject portObject){}
 public org.knime.core.node.port.PortObject getPortObject(){return null;} }
