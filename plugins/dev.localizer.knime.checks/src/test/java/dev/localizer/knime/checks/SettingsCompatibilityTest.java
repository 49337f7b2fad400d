package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Workflows saved by the first release keep loading: each node's settings as that release wrote them (the
 * fixtures in settings-first-release) pass the node model's validation and load, the options added since take
 * their defaults, and every other option keeps its saved value. Runs the nodes' real settings code, compiled
 * against the KNIME API stand-ins, whose settings models fail on a missing key as KNIME's do.
 */
class SettingsCompatibilityTest {

    private static final Path FIXTURES = Path.of("src/test/resources/settings-first-release");

    private static NodeClasses s_nodes;

    @BeforeAll
    static void compileTheNodes(@TempDir final Path output) throws Exception {
        s_nodes = NodeClasses.compile(output);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "learner.xml; dev.localizer.knime.learner.LearnerNodeFactory; augment early_stopping_patience "
            + "fine_tune_last_block input_size min_improvement time_limit_minutes",
        "predictor.xml; dev.localizer.knime.predictor.PredictorNodeFactory; mirror_averaging",
        "scenegenerator.xml; dev.localizer.knime.scenegenerator.SceneGeneratorNodeFactory; ''",
        "scorer.xml; dev.localizer.knime.scorer.ScorerNodeFactory; image_column",
        "renderer.xml; dev.localizer.knime.renderer.BoxRendererNodeFactory; ''"})
    void settingsOfTheFirstReleaseLoadWithDefaultsForLaterOptions(final String fixture, final String factory,
        final String addedLater) throws Exception {
        Object old = modelSettings(FIXTURES.resolve(fixture));
        Map<String, String> saved = values(old);
        Map<String, String> defaults = values(saveSettings(s_nodes.createNodeModel(factory)));

        Object node = s_nodes.createNodeModel(factory);
        NodeClasses.call(node, "validateSettings", old);
        NodeClasses.call(node, "loadValidatedSettingsFrom", old);
        Map<String, String> loaded = values(saveSettings(node));

        Set<String> absent = new TreeSet<>(loaded.keySet());
        absent.removeAll(saved.keySet());
        assertEquals(addedLater.isBlank() ? Set.of() : Set.of(addedLater.split(" ")), absent,
            "the options added after the first release");
        assertEquals(defaults.keySet(), loaded.keySet());
        for (String key : loaded.keySet()) {
            assertEquals(saved.getOrDefault(key, defaults.get(key)), loaded.get(key), key);
        }
    }

    @Test
    void anOptionOfTheFirstReleaseIsStillRequired() throws Exception {
        // only options added later may be absent: a missing older key is a damaged file and must not load
        Object old = modelSettings(FIXTURES.resolve("predictor.xml"));
        Object damaged = s_nodes.create("org.knime.core.node.NodeSettings", "model");
        for (String key : values(old).keySet()) {
            if (!key.equals("batch_size")) {
                copyEntry(old, damaged, key);
            }
        }
        Object node = s_nodes.createNodeModel("dev.localizer.knime.predictor.PredictorNodeFactory");

        Exception error = assertThrows(Exception.class, () -> NodeClasses.call(node, "validateSettings", damaged));
        assertEquals("org.knime.core.node.InvalidSettingsException", error.getClass().getName());
        assertTrue(error.getMessage().contains("batch_size"), error.getMessage());
    }

    @Test
    void aLaterOptionThatIsPresentKeepsItsSavedValue() throws Exception {
        Object old = modelSettings(FIXTURES.resolve("predictor.xml"));
        Object settings = s_nodes.create("org.knime.core.node.NodeSettings", "model");
        for (String key : values(old).keySet()) {
            copyEntry(old, settings, key);
        }
        NodeClasses.call(settings, "addBoolean", "mirror_averaging", false);
        Object node = s_nodes.createNodeModel("dev.localizer.knime.predictor.PredictorNodeFactory");

        NodeClasses.call(node, "validateSettings", settings);
        NodeClasses.call(node, "loadValidatedSettingsFrom", settings);

        assertEquals("false", values(saveSettings(node)).get("mirror_averaging"));
    }

    /** The "model" settings of a node's settings.xml. */
    private static Object modelSettings(final Path settingsXml) throws Exception {
        try (InputStream in = Files.newInputStream(settingsXml)) {
            Object root = NodeClasses.call(s_nodes.load("org.knime.core.node.NodeSettings")
                .getMethod("loadFromXML", InputStream.class).invoke(null, in), "getNodeSettings", "model");
            return root;
        }
    }

    private static Object saveSettings(final Object node) throws Exception {
        Object settings = s_nodes.create("org.knime.core.node.NodeSettings", "saved");
        NodeClasses.call(node, "saveSettingsTo", settings);
        return settings;
    }

    /** Each top-level entry of a settings stand-in as text (its toString: "key = value"), without sub-settings. */
    private static Map<String, String> values(final Object settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : settings.toString().split("\n")) {
            int separator = line.indexOf(" = ");
            if (!line.startsWith(" ") && separator > 0) {
                values.put(line.substring(0, separator), line.substring(separator + 3));
            }
        }
        return values;
    }

    private static void copyEntry(final Object from, final Object to, final String key) throws Exception {
        String value = values(from).get(key);
        for (String getter : new String[]{"getInt", "getDouble", "getBoolean", "getString"}) {
            try {
                Object typed = NodeClasses.call(from, getter, key);
                NodeClasses.call(to, getter.replace("get", "add"), key, typed);
                return;
            } catch (Exception wrongType) {
                // try the next type
            }
        }
        throw new IllegalStateException("cannot copy " + key + " = " + value);
    }
}
