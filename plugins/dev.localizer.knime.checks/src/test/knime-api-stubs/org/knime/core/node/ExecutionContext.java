package org.knime.core.node;
public class ExecutionContext extends ExecutionMonitor {
 public org.knime.core.data.filestore.FileStore createFileStore(final String relativePath) throws java.io.IOException {return null;}
 public BufferedDataContainer createDataContainer(final org.knime.core.data.DataTableSpec spec){return null;}
 public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final org.knime.core.data.container.ColumnRearranger rearranger, final ExecutionMonitor subProgressMon) throws CanceledExecutionException {return null;}
 public ExecutionContext createSubExecutionContext(final double maxProg){return null;} }
