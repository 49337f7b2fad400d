package org.knime.core.node.streamable;
public abstract class RowOutput extends PortOutput { public abstract void push(final org.knime.core.data.DataRow row) throws InterruptedException;
 public void setFully(final org.knime.core.node.BufferedDataTable table) throws InterruptedException {}
 public abstract void close() throws InterruptedException; }
