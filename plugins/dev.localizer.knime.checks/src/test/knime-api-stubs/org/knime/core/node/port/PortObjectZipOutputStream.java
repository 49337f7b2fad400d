package org.knime.core.node.port;
public class PortObjectZipOutputStream extends java.util.zip.ZipOutputStream { PortObjectZipOutputStream(){super(null);} }
