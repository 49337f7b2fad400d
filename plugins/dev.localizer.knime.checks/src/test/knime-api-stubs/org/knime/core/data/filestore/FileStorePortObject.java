package org.knime.core.data.filestore;
public abstract class FileStorePortObject implements org.knime.core.node.port.PortObject {
 protected FileStorePortObject(final java.util.List<FileStore> fileStores){}
 protected FileStorePortObject(){}
 protected void postConstruct() throws java.io.IOException {}
 protected void flushToFileStore() throws java.io.IOException {}
 protected int getFileStoreCount(){return 0;}
 protected FileStore getFileStore(final int index){return null;} }
