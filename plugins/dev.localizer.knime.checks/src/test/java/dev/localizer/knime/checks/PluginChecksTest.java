package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginChecksTest {

    private static final String LEARNER = "dev.localizer.knime.learner.LearnerNodeFactory";

    private static final Path LEARNER_FOLDER = Path.of("src/dev/localizer/knime/learner");

    private final PluginChecks m_checks = new PluginChecks(Repository.PLUGIN);

    @Test
    void pluginXmlNamesExistingFactoriesDescriptionsAndPortTypeClasses() throws IOException {
        assertEquals(List.of(), m_checks.checkPluginXml());
        assertEquals(6, m_checks.factoryClasses().size(), "six nodes: " + m_checks.factoryClasses());
    }

    @Test
    void theBundleRequiresKnime55AndTheLibsAndPacksItsResources() throws IOException {
        assertEquals(List.of(), m_checks.checkBundle());
    }

    @Test
    void aWrongKnimeVersionRangeIsReported(@TempDir final Path copy) throws IOException {
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve("META-INF/MANIFEST.MF"), "org.knime.core;bundle-version=\"[5.5.0,6.0.0)\"",
            "org.knime.core;bundle-version=\"[4.7.0,6.0.0)\"");

        List<String> problems = new PluginChecks(copy).checkBundle();

        assertEquals(List.of("META-INF/MANIFEST.MF should require org.knime.core;bundle-version=\"[5.5.0,6.0.0)\""),
            problems);
    }

    @Test
    void everyDescriptionDocumentsEveryPortAndSetting() throws IOException {
        for (String factory : m_checks.factoryClasses()) {
            assertEquals(List.of(), m_checks.checkDescription(factory), factory);
        }
    }

    @Test
    void everySettingsClassDeclaresItsKeysAsConstants() throws IOException {
        for (String factory : m_checks.factoryClasses()) {
            assertEquals(List.of(), m_checks.checkSettingsClass(factory), factory);
        }
    }

    @Test
    void anUndocumentedSettingIsReported(@TempDir final Path copy) throws IOException {
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve(LEARNER_FOLDER).resolve("LearnerNodeFactory.xml"),
            "[<tt>epochs</tt>]", "");

        List<String> problems = new PluginChecks(copy).checkDescription(LEARNER);

        assertTrue(problems.stream().anyMatch(p -> p.contains("settings key epochs is not documented")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("option \"Epochs\" should name exactly one settings key")),
            problems::toString);
    }

    @Test
    void aMissingPortDescriptionIsReported(@TempDir final Path copy) throws IOException {
        Repository.copyTree(Repository.PLUGIN, copy);
        Path description = copy.resolve(LEARNER_FOLDER).resolve("LearnerNodeFactory.xml");
        String text = Files.readString(description);
        Files.writeString(description,
            text.replaceAll("(?s)<outPort index=\"1\".*?</outPort>", ""));

        List<String> problems = new PluginChecks(copy).checkDescription(LEARNER);

        assertTrue(problems.stream().anyMatch(p -> p.contains("documents 1 output ports, the node model has 2")),
            problems::toString);
    }

    @Test
    void aDescriptionThatIsNotWellFormedFails(@TempDir final Path copy) throws IOException {
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve(LEARNER_FOLDER).resolve("LearnerNodeFactory.xml"), "</ports>", "</port>");

        IOException error = assertThrows(IOException.class,
            () -> new PluginChecks(copy).checkDescription(LEARNER));
        assertTrue(error.getMessage().contains("not well-formed"), error.getMessage());
    }

    @Test
    void aLiteralSettingsKeyIsReported(@TempDir final Path copy) throws IOException {
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve(LEARNER_FOLDER).resolve("LearnerNodeSettings.java"),
            "new SettingsModelIntegerBounded(CFG_EPOCHS,", "new SettingsModelIntegerBounded(\"epochs\",");

        List<String> problems = new PluginChecks(copy).checkSettingsClass(LEARNER);

        assertTrue(problems.stream().anyMatch(p -> p.contains("string literal")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("CFG_EPOCHS should be given to exactly one")),
            problems::toString);
    }

    @Test
    void aFactoryWithoutSourceIsReported(@TempDir final Path copy) throws IOException {
        Repository.copyTree(Repository.PLUGIN, copy);
        Repository.replaceOnce(copy.resolve("plugin.xml"), "factory-class=\"" + LEARNER + "\"",
            "factory-class=\"dev.localizer.knime.learner.MissingNodeFactory\"");

        List<String> problems = new PluginChecks(copy).checkPluginXml();

        assertTrue(problems.stream().anyMatch(p -> p.contains("MissingNodeFactory.java does not exist")),
            problems::toString);
    }
}
