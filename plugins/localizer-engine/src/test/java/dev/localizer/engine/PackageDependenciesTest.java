package dev.localizer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine's packages form layers: no package uses one that uses it back, directly or around a loop. Read from
 * the main sources' imports and fully qualified names, as the compiler would resolve them.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/localizer/engine");
    /** A use of an engine class: its package (empty for the engine's own root) and the class's simple name. */
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.localizer\\.engine\\.((?:[a-z]\\w*\\.)*)[A-Z]");

    @Test
    void noEnginePackageUsesOneThatUsesItBack() throws IOException {
        Map<String, Set<String>> uses = packageUses();
        assertTrue(uses.keySet().containsAll(List.of("", "scene", "loss", "metrics", "predict", "model", "train")),
                uses.keySet().toString());

        List<String> loops = new ArrayList<>();
        for (String start : uses.keySet()) {
            loopBack(start, uses).ifPresent(loops::add);
        }
        assertEquals(List.of(), loops, "package loops in " + uses);
    }

    @Test
    void theCheckFindsALoop() {
        Map<String, Set<String>> uses = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")));
        assertEquals("a -> b -> c -> a", loopBack("a", uses).orElseThrow());
        assertTrue(loopBack("a", new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty());
    }

    /** A path from the package through what it uses back to itself, if there is one. */
    private static Optional<String> loopBack(String start, Map<String, Set<String>> uses) {
        Deque<List<String>> paths = new ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> seen = new TreeSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            for (String next : uses.getOrDefault(path.get(path.size() - 1), Set.of())) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                if (next.equals(start)) {
                    return Optional.of(String.join(" -> ", longer.stream().map(p -> p.isEmpty() ? "(root)" : p).toList()));
                }
                if (seen.add(next)) {
                    paths.add(longer);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Set<String>> packageUses() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String own = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> used = uses.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    String qualifier = reference.group(1);
                    String other = qualifier.isEmpty() ? "" : qualifier.substring(0, qualifier.length() - 1);
                    if (!other.equals(own)) {
                        used.add(other);
                    }
                }
            }
        }
        return uses;
    }
}
