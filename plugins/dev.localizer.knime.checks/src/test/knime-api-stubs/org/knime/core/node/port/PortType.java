package org.knime.core.node.port;
public final class PortType {}
