package org.knime.core.node.port;
public final class PortTypeRegistry { private static final PortTypeRegistry INSTANCE = new PortTypeRegistry(); private PortTypeRegistry(){}
 public static PortTypeRegistry getInstance(){return INSTANCE;} public PortType getPortType(final Class<? extends PortObject> objectClass){return null;}
 public PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional){return null;} }
