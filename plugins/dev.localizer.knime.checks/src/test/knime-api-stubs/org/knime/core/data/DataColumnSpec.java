package org.knime.core.data;
public final class DataColumnSpec { private final String m_name; private final DataType m_type;
 DataColumnSpec(final String name, final DataType type){ m_name = name; m_type = type; }
 public String getName(){ return m_name; } public DataType getType(){ return m_type; }
 public DataColumnDomain getDomain(){ return new DataColumnDomain(); }
 @Override public boolean equals(final Object other){ return other instanceof DataColumnSpec spec && spec.m_name.equals(m_name) && java.util.Objects.equals(spec.m_type, m_type); }
 @Override public int hashCode(){ return m_name.hashCode(); }
 @Override public String toString(){ return m_name + " (" + m_type + ")"; } }
