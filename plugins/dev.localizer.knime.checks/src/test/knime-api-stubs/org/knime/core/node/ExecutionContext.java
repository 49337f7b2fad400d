package org.knime.core.node;
/** Stand-in: tables in memory; tests make one through its private constructor. */
public class ExecutionContext extends ExecutionMonitor {
 private ExecutionContext(){}
 public org.knime.core.data.filestore.FileStore createFileStore(final String relativePath) throws java.io.IOException { throw new java.io.IOException("the stand-in has no file stores"); }
 public BufferedDataContainer createDataContainer(final org.knime.core.data.DataTableSpec spec){ return new BufferedDataContainer(spec); }
 public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final org.knime.core.data.container.ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
  try {
   org.knime.core.node.streamable.BufferedDataTableRowOutput output = new org.knime.core.node.streamable.BufferedDataTableRowOutput(createDataContainer(rearranger.createSpec()));
   rearranger.createStreamableFunction().runFinal(new org.knime.core.node.streamable.PortInput[]{new org.knime.core.node.streamable.DataTableRowInput(in)}, new org.knime.core.node.streamable.PortOutput[]{output}, this);
   return output.getDataTable();
  } catch (Exception e) { throw new IllegalStateException(e); } }
 public ExecutionContext createSubExecutionContext(final double maxProg){ return this; } }
