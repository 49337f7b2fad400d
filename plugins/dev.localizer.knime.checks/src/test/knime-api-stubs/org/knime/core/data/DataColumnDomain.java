package org.knime.core.data;
public final class DataColumnDomain { public java.util.Set<DataCell> getValues(){return null;} public boolean hasValues(){return false;} }
