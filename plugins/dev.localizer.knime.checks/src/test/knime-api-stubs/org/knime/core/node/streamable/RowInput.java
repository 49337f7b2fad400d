package org.knime.core.node.streamable;
public abstract class RowInput extends PortInput { public abstract org.knime.core.data.DataTableSpec getDataTableSpec();
 public abstract org.knime.core.data.DataRow poll() throws InterruptedException; public abstract void close(); }
