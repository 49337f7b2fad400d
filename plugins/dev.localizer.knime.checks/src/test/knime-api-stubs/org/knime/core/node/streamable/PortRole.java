package org.knime.core.node.streamable;
public class PortRole { private final boolean m_distributable; PortRole(final boolean distributable){ m_distributable = distributable; } public boolean isDistributable(){ return m_distributable; } }
