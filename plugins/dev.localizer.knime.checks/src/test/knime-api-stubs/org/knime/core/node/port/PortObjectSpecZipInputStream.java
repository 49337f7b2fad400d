package org.knime.core.node.port;
public class PortObjectSpecZipInputStream extends java.util.zip.ZipInputStream { PortObjectSpecZipInputStream(){super(null);} }
