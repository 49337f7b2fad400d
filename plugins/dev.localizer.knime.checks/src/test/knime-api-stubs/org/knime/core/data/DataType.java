package org.knime.core.data;
/** Stand-in: the type of a cell class; compatible with every value interface the cell class implements. */
public final class DataType {
 private static final DataCell MISSING = new DataCell() {
  @Override public boolean isMissing(){ return true; }
  @Override public String toString(){ return "?"; }
 };
 private final Class<? extends DataCell> m_cellClass;
 private DataType(final Class<? extends DataCell> cellClass){ m_cellClass = cellClass; }
 public static DataType getType(Class<? extends DataCell> c){ return new DataType(c); }
 public static DataCell getMissingCell(){ return MISSING; }
 public Class<? extends DataCell> getCellClass(){ return m_cellClass; }
 public boolean isCompatible(final Class<? extends DataValue> valueClass){ return valueClass.isAssignableFrom(m_cellClass); }
 public String toPrettyString(){ return m_cellClass.getSimpleName(); }
 @Override public boolean equals(final Object other){ return other instanceof DataType type && type.m_cellClass == m_cellClass; }
 @Override public int hashCode(){ return m_cellClass.hashCode(); }
 @Override public String toString(){ return toPrettyString(); } }
