package org.knime.filehandling.core.connections.location;
public abstract class FSPathProviderFactory implements AutoCloseable {
 public abstract FSPathProvider create(org.knime.filehandling.core.connections.FSLocation fsLocation);
 @Override public abstract void close() throws java.io.IOException;
 public static FSPathProviderFactory newFactory(final java.util.Optional<org.knime.filehandling.core.connections.FSConnection> portObjectConnection, final org.knime.filehandling.core.connections.FSLocationSpec fsLocationSpec){return null;} }
