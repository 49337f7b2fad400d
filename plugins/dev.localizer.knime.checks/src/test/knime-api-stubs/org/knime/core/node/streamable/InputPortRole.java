package org.knime.core.node.streamable;
public final class InputPortRole extends PortRole {
 public static final InputPortRole DISTRIBUTED_STREAMABLE = null; public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = null;
 public static final InputPortRole NONDISTRIBUTED_STREAMABLE = null; public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = null;
 private InputPortRole(){} public boolean isStreamable(){return false;} }
