package org.knime.core.node.streamable;
public abstract class StreamableFunction extends StreamableOperator { protected StreamableFunction(){} protected StreamableFunction(final int inportIdx, final int outportIdx){}
 public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final org.knime.core.node.ExecutionContext ctx) throws Exception {}
 public void init(final org.knime.core.node.ExecutionContext ctx) throws Exception {} public org.knime.core.data.DataRow compute(final org.knime.core.data.DataRow input) throws Exception {return null;}
 public void finish(){} }
