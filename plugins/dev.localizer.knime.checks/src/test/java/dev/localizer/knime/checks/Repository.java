package dev.localizer.knime.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where the checked sources are, and copies of them that a test may break. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("localizer.root", "../..")).toAbsolutePath().normalize();

    static final Path PLUGIN = ROOT.resolve("plugins/dev.localizer.knime");

    static final Path WORKFLOWS = ROOT.resolve("workflows");

    private Repository() {
    }

    static void copyTree(final Path from, final Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>)walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Replaces the one occurrence of {@code from} in a file, failing the test setup if there is none. */
    static void replaceOnce(final Path file, final String from, final String to) throws IOException {
        String text = Files.readString(file);
        int index = text.indexOf(from);
        if (index < 0 || text.indexOf(from, index + 1) >= 0) {
            throw new IllegalStateException("Expected exactly one \"" + from + "\" in " + file);
        }
        Files.writeString(file, text.substring(0, index) + to + text.substring(index + from.length()));
    }
}
