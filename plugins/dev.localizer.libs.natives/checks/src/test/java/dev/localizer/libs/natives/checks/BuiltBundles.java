package dev.localizer.libs.natives.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bundles and the update site this build made, read once per test run (the jars are large). */
final class BuiltBundles {

    private static final Map<String, NativeFragment> READ = new ConcurrentHashMap<>();

    private BuiltBundles() {
    }

    static NativeFragment bundle(String symbolicName) {
        return READ.computeIfAbsent(symbolicName, name -> {
            try {
                return NativeFragment.read(file("localizer.bundle." + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static NativeFragment fragment(NativePlatform platform) {
        return bundle(platform.bundleName());
    }

    static Path file(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("System property " + property + " must name a built file, is " + path);
        }
        return Path.of(path);
    }
}
