package org.knime.core.node.port;
public interface PortObject {
 abstract static class PortObjectSerializer<T extends PortObject> {
  public abstract void savePortObject(final T portObject, final PortObjectZipOutputStream out, final org.knime.core.node.ExecutionMonitor exec) throws java.io.IOException, org.knime.core.node.CanceledExecutionException;
  public abstract T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec, final org.knime.core.node.ExecutionMonitor exec) throws java.io.IOException, org.knime.core.node.CanceledExecutionException; }
 String getSummary(); PortObjectSpec getSpec(); public javax.swing.JComponent[] getViews(); }
