package org.knime.core.util;
public final class FileUtil {
    public static java.io.InputStream openInputStream(final String loc) throws java.io.IOException, org.knime.core.node.InvalidSettingsException {return null;}
    public static java.net.URL toURL(final String path) throws java.net.MalformedURLException, java.nio.file.InvalidPathException {return null;}
    public static java.nio.file.Path resolveToPath(final java.net.URL url) throws java.io.IOException, java.net.URISyntaxException {return null;}
}
