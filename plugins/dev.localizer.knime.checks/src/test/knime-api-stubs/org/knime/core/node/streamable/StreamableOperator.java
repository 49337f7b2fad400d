package org.knime.core.node.streamable;
public abstract class StreamableOperator { public abstract void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final org.knime.core.node.ExecutionContext exec) throws Exception; }
