package org.knime.filehandling.core.connections;
public interface FSConnection extends AutoCloseable { @Override default void close() throws java.io.IOException {} }
