package dev.localizer.engine.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import dev.localizer.engine.LocalizerException;

/**
 * The files and folders one run reads and writes, and the rule they keep, checked by {@link #check()} before the
 * run does any work: no output is, holds or lies inside an input; no two outputs coincide or nest; every output
 * can be written where it is to go. Paths are compared as real paths (absolute, {@code .} and {@code ..} resolved,
 * symbolic links of the existing part followed), so another spelling of the same place is caught too. An output
 * folder is replaced as a whole (see {@link Staging#writeFolder}), so a folder that exists must be empty or one
 * that {@link Staging} wrote.
 *
 * @param inputs  what the run reads
 * @param outputs what the run writes
 */
public record RunFiles(List<Place> inputs, List<Place> outputs) {

    /** Whether a place is a file or a folder. */
    public enum Kind { FILE, FOLDER }

    /**
     * One path of a run.
     *
     * @param role how the user named it, e.g. {@code --out} or {@code the history file}; starts the messages
     */
    public record Place(String role, Path path, Kind kind) {

        private String described() {
            return role + " " + path;
        }

        /** As a message begins: {@code the output folder x} becomes {@code The output folder x}. */
        private String opening() {
            return Character.toUpperCase(role.charAt(0)) + role.substring(1) + " " + path;
        }
    }

    public RunFiles {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** A run that reads and writes nothing yet. */
    public static RunFiles none() {
        return new RunFiles(List.of(), List.of());
    }

    /** This run also reads the file or folder (whichever is there); {@code null} (an option left out) adds nothing. */
    public RunFiles reading(String role, Path path) {
        if (path == null) {
            return this;
        }
        Kind kind = Files.isDirectory(path) ? Kind.FOLDER : Kind.FILE;
        return new RunFiles(append(inputs, new Place(role, path, kind)), outputs);
    }

    /** This run also reads each of the paths. */
    public RunFiles reading(String role, Collection<Path> paths) {
        RunFiles files = this;
        for (Path path : paths == null ? List.<Path>of() : paths) {
            files = files.reading(role, path);
        }
        return files;
    }

    /** This run also writes the file (replacing it if it exists); {@code null} adds nothing. */
    public RunFiles writingFile(String role, Path path) {
        return path == null ? this : new RunFiles(inputs, append(outputs, new Place(role, path, Kind.FILE)));
    }

    /** This run also writes the folder, replacing a folder there as a whole; {@code null} adds nothing. */
    public RunFiles writingFolder(String role, Path path) {
        return path == null ? this : new RunFiles(inputs, append(outputs, new Place(role, path, Kind.FOLDER)));
    }

    /**
     * Refuses, with a message that names the path and what to do, an output that is, holds or lies inside an
     * input, two outputs that coincide or nest, and an output that cannot be written.
     *
     * @throws LocalizerException for the first place that breaks the rule
     */
    public void check() {
        for (Place output : outputs) {
            Path written = realPath(output.path());
            for (Place input : inputs) {
                requireApart(output, written, input, realPath(input.path()));
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            for (int j = i + 1; j < outputs.size(); j++) {
                requireDistinct(outputs.get(i), outputs.get(j));
            }
        }
        outputs.forEach(RunFiles::requireWritable);
    }

    private static void requireApart(Place output, Path written, Place input, Path read) {
        if (written.equals(read)) {
            throw new LocalizerException(output.opening() + " is also an input (" + input.described()
                    + "); writing it would destroy what the run reads, so choose another " + noun(output));
        }
        if (output.kind() == Kind.FOLDER && read.startsWith(written)) {
            throw new LocalizerException(output.opening() + " holds the input " + input.described()
                    + ", which replacing the folder would destroy; choose an output folder outside the inputs");
        }
        if (input.kind() == Kind.FOLDER && written.startsWith(read)) {
            throw new LocalizerException(output.opening() + " lies inside the input folder " + input.described()
                    + "; choose an output " + noun(output) + " outside the inputs");
        }
    }

    private static void requireDistinct(Place one, Place other) {
        Path first = realPath(one.path());
        Path second = realPath(other.path());
        if (first.equals(second)) {
            throw new LocalizerException(one.opening() + " and " + other.described()
                    + " are the same place, so one output would overwrite the other; give them different names");
        }
        if (first.startsWith(second) || second.startsWith(first)) {
            throw new LocalizerException(one.opening() + " and " + other.described()
                    + " lie inside one another, so writing one would destroy the other; give them separate places");
        }
    }

    /** What {@link #check()} demands of one output: its place can be created or replaced, and written. */
    static void requireWritable(Place output) {
        Path target = realPath(output.path());
        if (output.kind() == Kind.FILE && Files.isDirectory(target)) {
            throw new LocalizerException(output.opening() + " is a folder, but a file is written there; give a file"
                    + " name (e.g. inside that folder)");
        }
        if (output.kind() == Kind.FOLDER && Files.exists(target) && !Files.isDirectory(target)) {
            throw new LocalizerException(output.opening() + " is a file, but a folder is written there; give another"
                    + " folder name or delete the file");
        }
        if (output.kind() == Kind.FOLDER) {
            foreignEntry(target).ifPresent(entry -> {
                throw new LocalizerException(output.opening() + " holds files that this program did not write (e.g. "
                        + entry + ") and an output folder is replaced as a whole; choose a new or empty folder");
            });
        }
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new LocalizerException("Cannot write " + output.described() + ": no part of the path exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new LocalizerException("Cannot write " + output.described() + ": " + existing
                    + " is a file, not a folder; choose another location");
        }
        try {
            Files.delete(Staging.createStaged(existing, "localizer-write-check", false));
        } catch (IOException e) {
            throw new LocalizerException("Cannot write " + output.described() + ": the folder " + existing
                    + " is not writable (" + e.getMessage() + "); choose a writable location", e);
        }
    }

    /** An entry that shows that an existing folder holds more than an earlier output of this program. */
    private static Optional<String> foreignEntry(Path folder) {
        if (!Files.isDirectory(folder) || Files.exists(folder.resolve(Staging.MARKER))) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().findFirst();
        } catch (IOException e) {
            throw new LocalizerException("Cannot list the folder " + folder + " (" + e.getMessage()
                    + "); choose a readable, writable location", e);
        }
    }

    /**
     * The path as the file system resolves it: absolute, with {@code .} and {@code ..} applied and symbolic
     * links followed as far as the path exists; the rest of the names are appended as they are.
     */
    public static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath();
        Path resolved = absolute.getRoot();
        boolean existing = true;
        for (Path name : absolute) {
            String part = name.toString();
            if (part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                resolved = resolved.getParent() == null ? resolved : resolved.getParent();
                existing = Files.exists(resolved);
                continue;
            }
            Path next = resolved.resolve(part);
            if (existing && Files.exists(next)) {
                try {
                    next = next.toRealPath();
                } catch (IOException e) {
                    existing = false;
                }
            } else {
                existing = false;
            }
            resolved = next;
        }
        return resolved;
    }

    private static String noun(Place place) {
        return place.kind() == Kind.FILE ? "file" : "folder";
    }

    private static List<Place> append(List<Place> places, Place place) {
        List<Place> longer = new ArrayList<>(places);
        longer.add(place);
        return longer;
    }
}
