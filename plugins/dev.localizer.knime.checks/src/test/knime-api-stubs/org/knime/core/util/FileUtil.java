package org.knime.core.util;
/** For tests, local paths and file: URLs behave as in KNIME; other URLs (knime:, http:) resolve to no local path. */
public final class FileUtil {
    public static java.io.InputStream openInputStream(final String loc) throws java.io.IOException, org.knime.core.node.InvalidSettingsException {return null;}
    public static java.net.URL toURL(final String path) throws java.net.MalformedURLException, java.nio.file.InvalidPathException {
        return path.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") ? new java.net.URL(path) : java.nio.file.Path.of(path).toUri().toURL(); }
    public static java.nio.file.Path resolveToPath(final java.net.URL url) throws java.io.IOException, java.net.URISyntaxException {
        return "file".equals(url.getProtocol()) ? java.nio.file.Path.of(url.toURI()) : null; }
}
