package org.knime.filehandling.core.connections.location;
public interface FSPathProvider extends AutoCloseable {
 org.knime.filehandling.core.connections.FSPath getPath();
 org.knime.filehandling.core.connections.FSConnection getFSConnection();
 @Override void close() throws java.io.IOException; }
