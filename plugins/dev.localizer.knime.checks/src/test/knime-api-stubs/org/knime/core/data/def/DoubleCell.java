package org.knime.core.data.def;
public final class DoubleCell extends org.knime.core.data.DataCell implements org.knime.core.data.DoubleValue {
 public static final org.knime.core.data.DataType TYPE = org.knime.core.data.DataType.getType(DoubleCell.class);
 private final double m_value; public DoubleCell(final double d){ m_value = d; } public double getDoubleValue(){ return m_value; }
 @Override public boolean equals(final Object other){ return other instanceof DoubleCell cell && Double.compare(cell.m_value, m_value) == 0; }
 @Override public int hashCode(){ return Double.hashCode(m_value); } @Override public String toString(){ return Double.toString(m_value); } }
