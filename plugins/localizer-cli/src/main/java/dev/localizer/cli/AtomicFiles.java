package dev.localizer.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.localizer.engine.LocalizerException;

/**
 * Writes a file so that it either appears complete or not at all: the content goes to a temporary file beside the
 * target, which is moved over the target only when writing succeeded. A cancelled or failed write leaves the
 * previous file (if any) untouched and removes the temporary one.
 */
final class AtomicFiles {

    /** Writes the content of a file to the given path. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
            // If the JVM is stopped before the move, the half-written temporary file is still removed.
            partial.toFile().deleteOnExit();
            content.writeTo(partial);
            moveOver(partial, absolute);
        } catch (IOException e) {
            throw new LocalizerException("Cannot write " + target + " (" + e.getMessage()
                    + "); choose a writable location with enough free space", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void moveOver(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleteOnExit removes it later
            }
        }
    }
}
