package org.knime.filehandling.core.connections;
public final class FSLocation implements FSLocationSpec, java.io.Serializable {
 private final String m_category; private final String m_specifier; private final String m_path;
 public FSLocation(final String fsCategory, final String fsSpecifier, final String path){ m_category = fsCategory; m_specifier = fsSpecifier; m_path = path; }
 public String getPath(){return m_path;}
 @Override public java.util.Optional<String> getFileSystemSpecifier(){return java.util.Optional.ofNullable(m_specifier);}
 @Override public String getFileSystemCategory(){return m_category;} }
