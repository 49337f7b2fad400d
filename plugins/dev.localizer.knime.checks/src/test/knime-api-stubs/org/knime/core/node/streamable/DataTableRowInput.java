package org.knime.core.node.streamable;
public class DataTableRowInput extends RowInput { private final org.knime.core.data.DataTable m_table; private final java.util.Iterator<org.knime.core.data.DataRow> m_rows; private long m_count;
 public DataTableRowInput(final org.knime.core.data.DataTable table){ m_table = table; m_rows = table.iterator(); }
 public org.knime.core.data.DataTableSpec getDataTableSpec(){ return m_table.getDataTableSpec(); }
 public org.knime.core.data.DataRow poll() throws InterruptedException { if (!m_rows.hasNext()) { return null; } m_count++; return m_rows.next(); }
 public void close(){} public long getRowCount(){ return m_count; } }
