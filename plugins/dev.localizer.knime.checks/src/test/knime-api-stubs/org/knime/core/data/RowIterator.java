package org.knime.core.data;
public abstract class RowIterator implements java.util.Iterator<DataRow> {}
