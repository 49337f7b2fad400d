package org.knime.core.node.streamable;
public final class OutputPortRole extends PortRole {
 public static final OutputPortRole DISTRIBUTED = null; public static final OutputPortRole NONDISTRIBUTED = null;
 private OutputPortRole(){} }
