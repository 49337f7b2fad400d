package dev.localizer.engine.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.localizer.engine.LocalizerException;

/**
 * Writes a file or a folder so that it appears complete or not at all: the content is written to a staging
 * file or folder beside the target, named {@code .NAME.PID.RANDOM.partial}, which is moved into place only when
 * writing succeeded. A cancelled or failed write (disk full, an error half-way) leaves the earlier file or folder
 * untouched and removes the staging one; runs writing to the same target at once each stage separately, and the
 * last one to finish wins. A folder replaces an earlier one as a whole: the old folder is moved aside (as
 * {@code .NAME.PID.RANDOM.old}), the new one moved in, then the old one deleted.
 *
 * <p>A process killed outright cannot clean up; the next write into the same folder removes the staging leftovers
 * of processes that no longer run, and moves back an old folder that was moved aside but not yet replaced.
 */
public final class Staging {

    /** Marks a folder as written here, so that a later run may replace it as a whole. */
    public static final String MARKER = ".localizer-output";

    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+?)\\.(\\d+)(?:\\.[0-9a-z]+)?\\.(partial|old)");
    private static final String PARTIAL = "partial";
    private static final String OLD = "old";
    private static final int SWAP_ATTEMPTS = 10;

    /** Writes a file's or a folder's content into the (empty) staging place it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path staged) throws IOException;
    }

    private Staging() {
    }

    /** Writes the file through a staging file beside it, then moves it over the target. */
    public static void writeFile(Path target, Content content) {
        RunFiles.requireWritable(new RunFiles.Place("the output file", target, RunFiles.Kind.FILE));
        Path file = RunFiles.realPath(target);
        Path staged = null;
        try {
            Files.createDirectories(file.getParent());
            removeLeftovers(file.getParent());
            staged = createStaged(file.getParent(), file.getFileName().toString(), false);
            // If the JVM ends before the move, the half-written file is still removed.
            staged.toFile().deleteOnExit();
            content.writeTo(staged);
            moveOver(staged, file);
        } catch (IOException e) {
            throw new LocalizerException("Cannot write " + target + " (" + e.getMessage()
                    + "); choose a writable location with enough free space", e);
        } finally {
            deleteQuietly(staged);
        }
    }

    /**
     * Writes the folder through a staging folder beside it, then puts it in the target's place. A folder that is
     * already there must be empty or written here earlier ({@link #MARKER}); it is replaced as a whole.
     */
    public static void writeFolder(Path target, Content content) {
        RunFiles.requireWritable(new RunFiles.Place("the output folder", target, RunFiles.Kind.FOLDER));
        Path folder = RunFiles.realPath(target);
        Path parent = folder.getParent();
        String name = folder.getFileName().toString();
        Path staged = null;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent);
            staged = createStaged(parent, name, true);
            Files.writeString(staged.resolve(MARKER), "Written by Localizer; a later run into this folder replaces it"
                    + " as a whole.\n");
            content.writeTo(staged);
            swapIn(staged, folder, name);
        } catch (IOException e) {
            throw new LocalizerException("Cannot write the folder " + target + " (" + e.getMessage()
                    + "); choose a writable location with enough free space", e);
        } finally {
            deleteQuietly(staged);
        }
    }

    /** Moves the complete staging folder into the target's place, the target's old folder (if any) aside first. */
    private static void swapIn(Path staged, Path folder, String name) throws IOException {
        Path parent = folder.getParent();
        for (int attempt = 1; ; attempt++) {
            Path old = null;
            if (Files.exists(folder)) {
                old = parent.resolve(stagingName(name, OLD));
                try {
                    Files.move(folder, old);
                } catch (NoSuchFileException e) {
                    old = null; // another run moved it just now
                }
            }
            try {
                Files.move(staged, folder);
                deleteQuietly(old);
                return;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another run moved its folder in between: the last to finish wins, so try again
                deleteQuietly(old);
                if (attempt == SWAP_ATTEMPTS) {
                    throw e;
                }
            } catch (IOException e) {
                if (old != null && !Files.exists(folder)) {
                    Files.move(old, folder);
                }
                throw e;
            }
        }
    }

    /**
     * Removes what killed runs left in the folder: staging files and folders of processes that no longer run, and
     * old folders they had moved aside, which go back into place when nothing has replaced them.
     */
    static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Matcher leftover = LEFTOVER.matcher(entry.getFileName().toString());
                if (!leftover.matches() || isRunning(Long.parseLong(leftover.group(2)))) {
                    continue;
                }
                Path original = folder.resolve(leftover.group(1));
                if (leftover.group(3).equals(OLD) && !Files.exists(original)) {
                    Files.move(entry, original);
                } else {
                    deleteQuietly(entry);
                }
            }
        }
    }

    /** A new, empty staging file or folder in the folder, named after the target. */
    static Path createStaged(Path folder, String name, boolean directory) throws IOException {
        while (true) {
            Path staged = folder.resolve(stagingName(name, PARTIAL));
            try {
                return directory ? Files.createDirectory(staged) : Files.createFile(staged);
            } catch (FileAlreadyExistsException e) {
                // the random part repeated; draw again
            }
        }
    }

    private static String stagingName(String name, String kind) {
        return "." + name + "." + ProcessHandle.current().pid() + "."
                + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + "." + kind;
    }

    private static boolean isRunning(long pid) {
        try {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (UnsupportedOperationException | SecurityException e) {
            return true; // cannot tell, so keep it
        }
    }

    private static void moveOver(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a file or a folder with everything in it, without following links; what cannot go stays. */
    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
                    Files.deleteIfExists(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a later write into this folder removes it as a leftover
        }
    }
}
