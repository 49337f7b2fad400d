package org.knime.core.node.port;
public class PortObjectSpecZipOutputStream extends java.util.zip.ZipOutputStream { PortObjectSpecZipOutputStream(){super(null);} }
