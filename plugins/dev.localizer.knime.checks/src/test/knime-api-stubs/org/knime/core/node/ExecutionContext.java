package org.knime.core.node;
/** Stand-in: tables in memory, file stores in a folder; tests make one through its private constructor. */
public class ExecutionContext extends ExecutionMonitor {
 private final java.nio.file.Path m_fileStores;
 private ExecutionContext(final java.nio.file.Path fileStores){ m_fileStores = fileStores; }
 public org.knime.core.data.filestore.FileStore createFileStore(final String relativePath) throws java.io.IOException {
  java.nio.file.Path folder = java.nio.file.Files.createTempDirectory(m_fileStores, "store");
  try {
   java.lang.reflect.Constructor<org.knime.core.data.filestore.FileStore> constructor = org.knime.core.data.filestore.FileStore.class.getDeclaredConstructor(java.io.File.class);
   constructor.setAccessible(true);
   return constructor.newInstance(folder.resolve(relativePath).toFile());
  } catch (ReflectiveOperationException e) { throw new java.io.IOException(e); } }
 public BufferedDataContainer createDataContainer(final org.knime.core.data.DataTableSpec spec){ return new BufferedDataContainer(spec); }
 public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final org.knime.core.data.container.ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
  try {
   org.knime.core.node.streamable.BufferedDataTableRowOutput output = new org.knime.core.node.streamable.BufferedDataTableRowOutput(createDataContainer(rearranger.createSpec()));
   rearranger.createStreamableFunction().runFinal(new org.knime.core.node.streamable.PortInput[]{new org.knime.core.node.streamable.DataTableRowInput(in)}, new org.knime.core.node.streamable.PortOutput[]{output}, this);
   return output.getDataTable();
  } catch (Exception e) { throw new IllegalStateException(e); } }
 public ExecutionContext createSubExecutionContext(final double maxProg){ return this; } }
