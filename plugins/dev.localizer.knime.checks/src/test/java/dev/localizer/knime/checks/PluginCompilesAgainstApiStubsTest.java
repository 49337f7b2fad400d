package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the KNIME nodes against signature stubs of the KNIME API (see knime-api-stubs/README.md) and the real
 * engine on this module's test class path.
 */
class PluginCompilesAgainstApiStubsTest {

    /** Engine classes the nodes call: a renamed or missing one fails the test rather than skipping it. */
    private static final List<String> ENGINE_CLASSES = List.of("dev.localizer.engine.scene.SceneGenerator",
        "dev.localizer.engine.render.BoxRenderer", "dev.localizer.engine.train.Trainer",
        "dev.localizer.engine.predict.Predictor", "dev.localizer.engine.metrics.Metrics");

    @Test
    void theNodesCompile(@TempDir final Path output) throws IOException {
        assumeEngineIsComplete();
        String errors = NodeClasses.compile(Repository.PLUGIN.resolve("src"), output);
        assertEquals("", errors, "the nodes do not compile against the KNIME API stubs and the engine");
        assertTrue(Files.isRegularFile(output.resolve("dev/localizer/knime/learner/LearnerNodeModel.class")));
    }

    @Test
    void aWrongEngineCallIsCaught(@TempDir final Path copy) throws IOException {
        assumeEngineIsComplete();
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve("src/dev/localizer/knime/predictor/PredictorNodeModel.java"),
            "prediction.presenceProbability()", "prediction.presence()");

        String errors = NodeClasses.compile(copy.resolve("src"), Files.createDirectories(copy.resolve("classes")));

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
            assertTrue(present, "the engine has no " + name + ", which the nodes call");
        }
    }
}
