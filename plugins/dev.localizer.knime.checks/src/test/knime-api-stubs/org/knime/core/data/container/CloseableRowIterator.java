package org.knime.core.data.container;
public abstract class CloseableRowIterator extends org.knime.core.data.RowIterator implements java.io.Closeable { public abstract void close(); }
