package org.knime.core.node.streamable;
public class BufferedDataTableRowOutput extends RowOutput { public BufferedDataTableRowOutput(final org.knime.core.node.BufferedDataContainer bufferedDataContainer){}
 public void push(final org.knime.core.data.DataRow row) throws InterruptedException {} public void close(){}
 public org.knime.core.node.BufferedDataTable getDataTable(){return null;} }
