package dev.localizer.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Ctrl-C in the middle of a run, as a test can cause it: a cancellation requested as soon as the run has written
 * something new, i.e. a file with one of the watched names whose bytes differ from the earlier run's, wherever
 * the run writes it (the target folder or a staging folder beside it).
 */
final class Interruption implements AutoCloseable {

    private final Cancellation cancellation = new Cancellation();
    private final Thread watcher;

    private Interruption(Path root, Map<String, byte[]> earlier) {
        watcher = new Thread(() -> {
            while (!cancellation.isRequested() && !Thread.currentThread().isInterrupted()) {
                if (anyChanged(root, earlier)) {
                    cancellation.request();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "interruption");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Interrupts a run under {@code root} once it has written one of the files anew (name to earlier bytes). */
    static Interruption onceRewritten(Path root, Map<String, byte[]> earlier) {
        return new Interruption(root, earlier);
    }

    Cancellation cancellation() {
        return cancellation;
    }

    boolean happened() {
        return cancellation.isRequested();
    }

    private static boolean anyChanged(Path root, Map<String, byte[]> earlier) {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(file -> earlier.containsKey(file.getFileName().toString()))
                    .anyMatch(file -> !Arrays.equals(earlier.get(file.getFileName().toString()), bytes(file)));
        } catch (IOException | UncheckedIOException e) {
            return false; // a folder moved or deleted while it was walked: look again
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        watcher.interrupt();
        watcher.join();
    }
}
