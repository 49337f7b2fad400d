package org.knime.core.node.streamable;
public class BufferedDataTableRowOutput extends RowOutput { private final org.knime.core.node.BufferedDataContainer m_container;
 public BufferedDataTableRowOutput(final org.knime.core.node.BufferedDataContainer bufferedDataContainer){ m_container = bufferedDataContainer; }
 public void push(final org.knime.core.data.DataRow row) throws InterruptedException { m_container.addRowToTable(row); } public void close(){ m_container.close(); }
 public org.knime.core.node.BufferedDataTable getDataTable(){ return m_container.getTable(); } }
