package org.knime.core.data.def;
public final class IntCell extends org.knime.core.data.DataCell implements org.knime.core.data.DoubleValue {
 public static final org.knime.core.data.DataType TYPE = org.knime.core.data.DataType.getType(IntCell.class);
 private final int m_value; public IntCell(final int i){ m_value = i; } public double getDoubleValue(){ return m_value; }
 @Override public boolean equals(final Object other){ return other instanceof IntCell cell && cell.m_value == m_value; }
 @Override public int hashCode(){ return m_value; } @Override public String toString(){ return Integer.toString(m_value); } }
