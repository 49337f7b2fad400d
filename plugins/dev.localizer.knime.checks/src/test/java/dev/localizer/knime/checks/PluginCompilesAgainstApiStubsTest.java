package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the KNIME nodes against signature stubs of the KNIME API (see knime-api-stubs/README.md) and the real
 * engine on this module's test class path.
 */
class PluginCompilesAgainstApiStubsTest {

    private static final Path STUBS = Path.of("src/test/knime-api-stubs").toAbsolutePath();

    /** Engine classes the nodes call; the test waits for them to be in the engine. */
    private static final List<String> ENGINE_CLASSES = List.of("dev.localizer.engine.scene.SceneGenerator",
        "dev.localizer.engine.render.BoxRenderer", "dev.localizer.engine.train.Trainer",
        "dev.localizer.engine.predict.Predictor", "dev.localizer.engine.metrics.Metrics");

    @Test
    void theNodesCompile(@TempDir final Path output) throws IOException {
        assumeEngineIsComplete();
        String errors = compile(Repository.PLUGIN.resolve("src"), output);
        assertEquals("", errors, "the nodes do not compile against the KNIME API stubs and the engine");
        assertTrue(Files.isRegularFile(output.resolve("dev/localizer/knime/learner/LearnerNodeModel.class")));
    }

    @Test
    void aWrongEngineCallIsCaught(@TempDir final Path copy) throws IOException {
        assumeEngineIsComplete();
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve("src/dev/localizer/knime/predictor/PredictorNodeModel.java"),
            "prediction.presenceProbability()", "prediction.presence()");

        String errors = compile(copy.resolve("src"), Files.createDirectories(copy.resolve("classes")));

        assertFalse(errors.isEmpty());
        assertTrue(errors.contains("presence()"), errors);
    }

    static void assumeEngineIsComplete() {
        for (String name : ENGINE_CLASSES) {
            boolean present;
            try {
                Class.forName(name, false, PluginCompilesAgainstApiStubsTest.class.getClassLoader());
                present = true;
            } catch (ClassNotFoundException e) {
                present = false;
            }
            assumeTrue(present, "the engine does not have " + name + " yet");
        }
    }

    /** The compiler's error messages, empty when the sources compile. */
    static String compile(final Path sources, final Path output) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-nowarn", "-encoding", "UTF-8",
            "--release", "17", "-d", output.toString(), "-cp", System.getProperty("java.class.path")));
        for (Path root : List.of(STUBS, sources)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> arguments.add(file.toString()));
            }
        }
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, new PrintStream(errors, true, StandardCharsets.UTF_8),
            arguments.toArray(String[]::new));
        return status == 0 ? "" : errors.toString(StandardCharsets.UTF_8);
    }
}
