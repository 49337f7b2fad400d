package org.knime.core.data.append;
public class AppendedColumnRow implements org.knime.core.data.DataRow {
 public AppendedColumnRow(final org.knime.core.data.DataRow baseRow, final org.knime.core.data.DataCell... appendCell){}
 public int getNumCells(){return 0;} public org.knime.core.data.RowKey getKey(){return null;}
 public org.knime.core.data.DataCell getCell(final int index){return null;}
 public java.util.Iterator<org.knime.core.data.DataCell> iterator(){return null;} }
