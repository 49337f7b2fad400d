package org.knime.core.node;
/** Stand-in: rows kept in memory, made by a {@link BufferedDataContainer}. */
public final class BufferedDataTable implements org.knime.core.data.DataTable, org.knime.core.node.port.PortObject {
 public static final org.knime.core.node.port.PortType TYPE = null; public static final org.knime.core.node.port.PortType TYPE_OPTIONAL = null;
 private final org.knime.core.data.DataTableSpec m_spec; private final java.util.List<org.knime.core.data.DataRow> m_rows;
 BufferedDataTable(final org.knime.core.data.DataTableSpec spec, final java.util.List<org.knime.core.data.DataRow> rows){ m_spec = spec; m_rows = java.util.List.copyOf(rows); }
 public org.knime.core.data.DataTableSpec getDataTableSpec(){ return m_spec; } public org.knime.core.data.DataTableSpec getSpec(){ return m_spec; }
 public org.knime.core.data.container.CloseableRowIterator iterator(){
  java.util.Iterator<org.knime.core.data.DataRow> rows = m_rows.iterator();
  return new org.knime.core.data.container.CloseableRowIterator() {
   @Override public boolean hasNext(){ return rows.hasNext(); } @Override public org.knime.core.data.DataRow next(){ return rows.next(); }
   @Override public void close(){} }; }
 public long size(){ return m_rows.size(); }
 public String getSummary(){ return m_rows.size() + " rows"; } public javax.swing.JComponent[] getViews(){ return new javax.swing.JComponent[0]; } }
