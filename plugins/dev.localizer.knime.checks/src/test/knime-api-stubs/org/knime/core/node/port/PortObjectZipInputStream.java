package org.knime.core.node.port;
public class PortObjectZipInputStream extends java.util.zip.ZipInputStream { PortObjectZipInputStream(){super(null);} }
