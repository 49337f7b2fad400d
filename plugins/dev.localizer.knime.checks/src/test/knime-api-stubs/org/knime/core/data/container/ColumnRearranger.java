package org.knime.core.data.container;
/** Stand-in: appends the cells of its factories to each row, for a whole table or streamed row by row. */
public class ColumnRearranger { private final org.knime.core.data.DataTableSpec m_original; private final java.util.List<CellFactory> m_factories = new java.util.ArrayList<>();
 public ColumnRearranger(final org.knime.core.data.DataTableSpec original){ m_original = original; }
 public final void append(final CellFactory fac){ m_factories.add(fac); }
 public final org.knime.core.data.DataTableSpec createSpec(){
  java.util.List<org.knime.core.data.DataColumnSpec> appended = new java.util.ArrayList<>();
  for (CellFactory factory : m_factories) { appended.addAll(java.util.List.of(factory.getColumnSpecs())); }
  return new org.knime.core.data.DataTableSpec(m_original, new org.knime.core.data.DataTableSpec(appended.toArray(org.knime.core.data.DataColumnSpec[]::new))); }
 final org.knime.core.data.DataRow apply(final org.knime.core.data.DataRow row){
  java.util.List<org.knime.core.data.DataCell> cells = new java.util.ArrayList<>();
  for (CellFactory factory : m_factories) { cells.addAll(java.util.List.of(factory.getCells(row))); }
  return new org.knime.core.data.append.AppendedColumnRow(row, cells.toArray(org.knime.core.data.DataCell[]::new)); }
 public final org.knime.core.node.streamable.StreamableFunction createStreamableFunction(){
  return new org.knime.core.node.streamable.StreamableFunction() {
   @Override public org.knime.core.data.DataRow compute(final org.knime.core.data.DataRow input){ return apply(input); } }; } }
