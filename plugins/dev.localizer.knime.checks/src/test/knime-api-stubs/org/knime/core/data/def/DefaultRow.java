package org.knime.core.data.def;
public class DefaultRow implements org.knime.core.data.DataRow {
 private final org.knime.core.data.RowKey m_key; private final java.util.List<org.knime.core.data.DataCell> m_cells;
 public DefaultRow(final org.knime.core.data.RowKey rowKey, final org.knime.core.data.DataCell... row){ m_key = rowKey; m_cells = java.util.List.of(row); }
 public int getNumCells(){ return m_cells.size(); } public org.knime.core.data.RowKey getKey(){ return m_key; }
 public org.knime.core.data.DataCell getCell(final int index){ return m_cells.get(index); }
 public java.util.Iterator<org.knime.core.data.DataCell> iterator(){ return m_cells.iterator(); } }
