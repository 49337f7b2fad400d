package org.knime.core.node.streamable;
public final class InputPortRole extends PortRole {
 public static final InputPortRole DISTRIBUTED_STREAMABLE = new InputPortRole(true, true); public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = new InputPortRole(true, false);
 public static final InputPortRole NONDISTRIBUTED_STREAMABLE = new InputPortRole(false, true); public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = new InputPortRole(false, false);
 private final boolean m_streamable; private InputPortRole(final boolean distributable, final boolean streamable){ super(distributable); m_streamable = streamable; }
 public boolean isStreamable(){ return m_streamable; } }
