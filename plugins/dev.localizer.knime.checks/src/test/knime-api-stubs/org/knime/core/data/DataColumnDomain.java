package org.knime.core.data;
/** Stand-in: a domain without values. */
public final class DataColumnDomain { DataColumnDomain(){} public java.util.Set<DataCell> getValues(){ return java.util.Set.of(); } public boolean hasValues(){ return false; } }
