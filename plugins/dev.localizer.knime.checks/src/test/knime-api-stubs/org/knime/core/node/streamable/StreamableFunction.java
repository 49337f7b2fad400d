package org.knime.core.node.streamable;
/** Stand-in: computes each polled row and pushes the result, as KNIME's does. */
public abstract class StreamableFunction extends StreamableOperator { private final int m_inportIndex; private final int m_outportIndex;
 protected StreamableFunction(){ this(0, 0); } protected StreamableFunction(final int inportIdx, final int outportIdx){ m_inportIndex = inportIdx; m_outportIndex = outportIdx; }
 public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final org.knime.core.node.ExecutionContext ctx) throws Exception {
  RowInput rowInput = (RowInput)inputs[m_inportIndex]; RowOutput rowOutput = (RowOutput)outputs[m_outportIndex];
  init(ctx);
  try { for (org.knime.core.data.DataRow row = rowInput.poll(); row != null; row = rowInput.poll()) { rowOutput.push(compute(row)); } rowInput.close(); rowOutput.close(); } finally { finish(); } }
 public void init(final org.knime.core.node.ExecutionContext ctx) throws Exception {}
 public org.knime.core.data.DataRow compute(final org.knime.core.data.DataRow input) throws Exception { throw new UnsupportedOperationException("compute"); }
 public void finish(){} }
