package org.knime.core.data.def;
public final class BooleanCell extends org.knime.core.data.DataCell implements org.knime.core.data.BooleanValue {
 public static final org.knime.core.data.DataType TYPE = org.knime.core.data.DataType.getType(BooleanCell.class);
 public static final BooleanCell TRUE = new BooleanCell(true); public static final BooleanCell FALSE = new BooleanCell(false);
 private final boolean m_value; private BooleanCell(final boolean value){ m_value = value; }
 public boolean getBooleanValue(){ return m_value; } @Override public String toString(){ return Boolean.toString(m_value); }
 public static final class BooleanCellFactory { public static org.knime.core.data.DataCell create(final boolean b){ return b ? TRUE : FALSE; } } }
