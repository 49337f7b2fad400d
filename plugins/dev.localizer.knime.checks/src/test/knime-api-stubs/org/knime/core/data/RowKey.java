package org.knime.core.data;
public final class RowKey { public RowKey(final String id){}
 public String getString(){return null;}
 public static RowKey createRowKey(final int rowIndex){return null;}
 public static RowKey createRowKey(final long rowIndex){return null;} }
