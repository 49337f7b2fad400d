package org.knime.core.data.filestore;
public abstract class FileStorePortObject implements org.knime.core.node.port.PortObject {
 private final java.util.List<FileStore> m_fileStores;
 protected FileStorePortObject(final java.util.List<FileStore> fileStores){ m_fileStores = java.util.List.copyOf(fileStores); }
 protected FileStorePortObject(){ m_fileStores = java.util.List.of(); }
 protected void postConstruct() throws java.io.IOException {}
 protected void flushToFileStore() throws java.io.IOException {}
 protected int getFileStoreCount(){ return m_fileStores.size(); }
 protected FileStore getFileStore(final int index){ return m_fileStores.get(index); } }
