package org.knime.filehandling.core.connections;
public class FSLocation { public String getPath(){return null;} public java.util.Optional<String> getFileSystemSpecifier(){return null;} public String getFileSystemCategory(){return null;} }
