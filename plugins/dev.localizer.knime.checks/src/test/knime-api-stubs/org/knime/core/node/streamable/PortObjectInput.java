package org.knime.core.node.streamable;
public class PortObjectInput extends PortInput { private final org.knime.core.node.port.PortObject m_portObject;
 public PortObjectInput(final org.knime.core.node.port.PortObject portObject){ m_portObject = portObject; }
 public org.knime.core.node.port.PortObject getPortObject(){ return m_portObject; } }
