package org.knime.core.node;
public class BufferedDataContainer { private final org.knime.core.data.DataTableSpec m_spec; private final java.util.List<org.knime.core.data.DataRow> m_rows = new java.util.ArrayList<>(); private BufferedDataTable m_table;
 BufferedDataContainer(final org.knime.core.data.DataTableSpec spec){ m_spec = spec; }
 public BufferedDataTable getTable(){ if (m_table == null) { throw new IllegalStateException("the container is not closed"); } return m_table; }
 public void addRowToTable(final org.knime.core.data.DataRow row){
  if (m_table != null) { throw new IllegalStateException("the container is closed"); }
  if (row.getNumCells() != m_spec.getNumColumns()) { throw new IllegalArgumentException("row " + row.getKey() + " has " + row.getNumCells() + " cells for " + m_spec.getNumColumns() + " columns"); }
  m_rows.add(row); }
 public void close(){ if (m_table == null) { m_table = new BufferedDataTable(m_spec, m_rows); } } public long size(){ return m_rows.size(); } }
