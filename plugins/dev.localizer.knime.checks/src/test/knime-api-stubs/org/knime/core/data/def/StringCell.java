package org.knime.core.data.def;
public final class StringCell extends org.knime.core.data.DataCell implements org.knime.core.data.StringValue {
 public static final org.knime.core.data.DataType TYPE = org.knime.core.data.DataType.getType(StringCell.class);
 private final String m_value; public StringCell(final String s){ m_value = s; } public String getStringValue(){ return m_value; }
 @Override public boolean equals(final Object other){ return other instanceof StringCell cell && cell.m_value.equals(m_value); }
 @Override public int hashCode(){ return m_value.hashCode(); } @Override public String toString(){ return m_value; } }
