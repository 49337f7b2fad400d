package dev.localizer.knime.shared;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.util.FileUtil;

/**
 * Files the engine opens itself (it takes a {@link Path}, not a stream): a setting naming a local path, a
 * {@code file:} URL or a KNIME URL such as {@code knime://knime.workflow/…} is resolved to a path on this machine.
 */
public final class LocalFiles {

    private LocalFiles() {
    }

    /**
     * The local file the setting names.
     *
     * @param location the setting's value: a path or URL
     * @param setting  the option's name, for messages
     * @throws InvalidSettingsException when the location is malformed or lies on a remote server
     */
    public static Path resolve(final String location, final String setting) throws InvalidSettingsException {
        String trimmed = location.trim();
        Path path;
        try {
            path = FileUtil.resolveToPath(FileUtil.toURL(trimmed));
        } catch (IOException | URISyntaxException | InvalidPathException e) {
            throw new InvalidSettingsException("Cannot resolve the " + setting + " \"" + trimmed + "\": "
                + e.getMessage() + ". Give a local file path or a knime:// URL of a file in the local workspace.", e);
        }
        if (path == null) {
            throw new InvalidSettingsException("The " + setting + " \"" + trimmed + "\" is not a file on this "
                + "machine. Copy it to the local disk (or the workflow's data folder) and name that file.");
        }
        return path;
    }
}
