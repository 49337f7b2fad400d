package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Compiles the KNIME nodes against signature stubs of the KNIME API (see knime-api-stubs/README.md) and the real
 * engine on this module's test class path.
 */
class PluginCompilesAgainstApiStubsTest {

    private static final Pattern ENGINE_IMPORT =
        Pattern.compile("^import (?:static )?(dev\\.localizer\\.engine\\.[\\w.]+);", Pattern.MULTILINE);

    @Test
    void theNodesCompile(@TempDir final Path output) throws IOException {
        requireTheEngineClassesTheNodesImport();
        String errors = NodeClasses.compile(Repository.PLUGIN.resolve("src"), output);
        assertEquals("", errors, "the nodes do not compile against the KNIME API stubs and the engine");
        assertTrue(Files.isRegularFile(output.resolve("dev/localizer/knime/learner/LearnerNodeModel.class")));
    }

    @Test
    void aWrongEngineCallIsCaught(@TempDir final Path copy) throws IOException {
        requireTheEngineClassesTheNodesImport();
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve("src/dev/localizer/knime/predictor/PredictorNodeModel.java"),
            "prediction.presenceProbability()", "prediction.presence()");

        String errors = NodeClasses.compile(copy.resolve("src"), Files.createDirectories(copy.resolve("classes")));

        assertFalse(errors.isEmpty());
        assertTrue(errors.contains("presence()"), errors);
    }

    @Test
    void aMissingEngineClassFailsInsteadOfSkipping() {
        assertTrue(engineImports(Repository.PLUGIN.resolve("src")).contains("dev.localizer.engine.train.Trainer"));
        AssertionFailedError missing = assertThrows(AssertionFailedError.class,
            () -> requireClasses(List.of("dev.localizer.engine.train.Trainer", "dev.localizer.engine.NoSuchThing")));
        assertTrue(missing.getMessage().startsWith("the engine has no [dev.localizer.engine.NoSuchThing], which the "
            + "nodes import"), missing.getMessage());
    }

    /** Every engine class (or static member) the node sources import must be on the class path, else this fails. */
    static void requireTheEngineClassesTheNodesImport() {
        requireClasses(engineImports(Repository.PLUGIN.resolve("src")));
    }

    private static void requireClasses(final List<String> names) {
        List<String> missing = names.stream().filter(name -> !loads(name)).toList();
        assertTrue(missing.isEmpty(), "the engine has no " + missing + ", which the nodes import");
    }

    /** The engine names the node sources import, without repeats. */
    private static List<String> engineImports(final Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).flatMap(file -> {
                try {
                    return ENGINE_IMPORT.matcher(Files.readString(file)).results().map(match -> match.group(1));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the name is a class, a nested class or a static member of one. */
    private static boolean loads(final String name) {
        ClassLoader loader = PluginCompilesAgainstApiStubsTest.class.getClassLoader();
        String candidate = name;
        while (candidate.lastIndexOf('.') > 0) {
            try {
                Class.forName(candidate, false, loader);
                return true;
            } catch (ClassNotFoundException e) {
                int dot = candidate.lastIndexOf('.');
                // Outer.Inner is Outer$Inner; a static member import names a member of the class before it
                String nested = candidate.substring(0, dot) + '$' + candidate.substring(dot + 1);
                try {
                    Class.forName(nested, false, loader);
                    return true;
                } catch (ClassNotFoundException notNested) {
                    candidate = candidate.substring(0, dot);
                }
            }
        }
        return false;
    }
}
