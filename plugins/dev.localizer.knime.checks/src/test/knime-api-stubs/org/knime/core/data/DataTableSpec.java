package org.knime.core.data;
/** Stand-in: the columns, in order. */
public final class DataTableSpec implements org.knime.core.node.port.PortObjectSpec, Iterable<DataColumnSpec> {
 private final java.util.List<DataColumnSpec> m_columns;
 public DataTableSpec(){ m_columns = java.util.List.of(); }
 public DataTableSpec(final DataColumnSpec... colSpecs){ m_columns = java.util.List.of(colSpecs); }
 public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2){
  java.util.List<DataColumnSpec> columns = new java.util.ArrayList<>(spec1.m_columns); columns.addAll(spec2.m_columns);
  m_columns = java.util.List.copyOf(columns); }
 public DataTableSpec(final String name, final DataColumnSpec... colSpecs){ this(colSpecs); }
 public boolean containsName(final String columnName){ return findColumnIndex(columnName) >= 0; }
 public int findColumnIndex(final String columnName){
  for (int i = 0; i < m_columns.size(); i++) { if (m_columns.get(i).getName().equals(columnName)) { return i; } }
  return -1; }
 public DataColumnSpec getColumnSpec(final int index){ return m_columns.get(index); }
 public DataColumnSpec getColumnSpec(final String column){ int index = findColumnIndex(column); return index < 0 ? null : m_columns.get(index); }
 public int getNumColumns(){ return m_columns.size(); }
 public java.util.Iterator<DataColumnSpec> iterator(){ return m_columns.iterator(); }
 public javax.swing.JComponent[] getViews(){ return new javax.swing.JComponent[0]; }
 @Override public boolean equals(final Object other){ return other instanceof DataTableSpec spec && spec.m_columns.equals(m_columns); }
 @Override public int hashCode(){ return m_columns.hashCode(); }
 @Override public String toString(){ return m_columns.toString(); } }
