package org.knime.core.node;
public class BufferedDataContainer { public BufferedDataTable getTable(){return null;}
 public void addRowToTable(final org.knime.core.data.DataRow row){} public void close(){} public long size(){return 0;} }
