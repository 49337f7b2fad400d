package org.knime.core.util;
public final class FileUtil { public static java.io.InputStream openInputStream(final String loc) throws java.io.IOException, org.knime.core.node.InvalidSettingsException {return null;} }
