package org.knime.core.data.append;
public class AppendedColumnRow implements org.knime.core.data.DataRow {
 private final org.knime.core.data.DataRow m_base; private final org.knime.core.data.DataCell[] m_appended;
 public AppendedColumnRow(final org.knime.core.data.DataRow baseRow, final org.knime.core.data.DataCell... appendCell){ m_base = baseRow; m_appended = appendCell.clone(); }
 public int getNumCells(){ return m_base.getNumCells() + m_appended.length; } public org.knime.core.data.RowKey getKey(){ return m_base.getKey(); }
 public org.knime.core.data.DataCell getCell(final int index){ return index < m_base.getNumCells() ? m_base.getCell(index) : m_appended[index - m_base.getNumCells()]; }
 public java.util.Iterator<org.knime.core.data.DataCell> iterator(){
  java.util.List<org.knime.core.data.DataCell> cells = new java.util.ArrayList<>();
  for (int i = 0; i < getNumCells(); i++) { cells.add(getCell(i)); }
  return cells.iterator(); } }
