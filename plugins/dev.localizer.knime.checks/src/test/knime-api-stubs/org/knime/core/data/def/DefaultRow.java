package org.knime.core.data.def;
public class DefaultRow implements org.knime.core.data.DataRow {
 public DefaultRow(final org.knime.core.data.RowKey rowKey, final org.knime.core.data.DataCell... row){}
 public int getNumCells(){return 0;} public org.knime.core.data.RowKey getKey(){return null;}
 public org.knime.core.data.DataCell getCell(final int index){return null;}
 public java.util.Iterator<org.knime.core.data.DataCell> iterator(){return null;} }
