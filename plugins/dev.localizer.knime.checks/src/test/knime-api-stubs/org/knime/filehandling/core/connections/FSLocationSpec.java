package org.knime.filehandling.core.connections;
public interface FSLocationSpec { String getFileSystemCategory(); java.util.Optional<String> getFileSystemSpecifier(); }
