package org.knime.core.data;
public final class DataTableSpec implements org.knime.core.node.port.PortObjectSpec, Iterable<DataColumnSpec> {
 public DataTableSpec(){}
 public DataTableSpec(final DataColumnSpec... colSpecs){}
 public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2){}
 public DataTableSpec(final String name, final DataColumnSpec... colSpecs){}
 public boolean containsName(final String columnName){return false;}
 public int findColumnIndex(final String columnName){return 0;}
 public DataColumnSpec getColumnSpec(final int index){return null;}
 public DataColumnSpec getColumnSpec(final String column){return null;}
 public int getNumColumns(){return 0;}
 public java.util.Iterator<DataColumnSpec> iterator(){return null;}
 public javax.swing.JComponent[] getViews(){return null;} }
