package org.knime.core.data.filestore;
public final class FileStore { private final java.io.File m_file; private FileStore(final java.io.File file){ m_file = file; } public java.io.File getFile(){ return m_file; } }
