package org.knime.core.data;
public final class DataColumnSpec { public String getName(){return null;} public DataType getType(){return null;} public DataColumnDomain getDomain(){return null;} }
