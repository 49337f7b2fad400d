package org.knime.core.data;
public final class RowKey { private final String m_id; public RowKey(final String id){ m_id = id; }
 public String getString(){ return m_id; }
 public static RowKey createRowKey(final int rowIndex){ return new RowKey("Row" + rowIndex); }
 public static RowKey createRowKey(final long rowIndex){ return new RowKey("Row" + rowIndex); }
 @Override public boolean equals(final Object other){ return other instanceof RowKey key && key.m_id.equals(m_id); }
 @Override public int hashCode(){ return m_id.hashCode(); }
 @Override public String toString(){ return m_id; } }
