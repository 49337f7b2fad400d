package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowChecksTest {

    private final WorkflowChecks m_checks = new WorkflowChecks(new PluginChecks(Repository.PLUGIN));

    @Test
    void thereAreFourExampleWorkflows() throws IOException {
        assertEquals(4, WorkflowArchive.workflowsIn(Repository.WORKFLOWS).size());
    }

    @Test
    void exampleWorkflowsUseExactlyTheKeysTheSettingsClassesWrite() throws IOException {
        for (Path workflow : WorkflowArchive.workflowsIn(Repository.WORKFLOWS)) {
            assertEquals(List.of(), m_checks.check(workflow), workflow.toString());
        }
    }

    @Test
    void aRenamedKeyIsReportedAsMissingAndUnknown(@TempDir final Path copy) throws IOException {
        Path workflow = copyOfTrainingWorkflow(copy);
        Path learner = settingsOf(workflow, "VGG16 Localizer Learner");
        String text = Files.readString(learner);
        Files.writeString(learner, text.replace("key=\"epochs\"", "key=\"epoch_count\"")
            .replace("key=\"epochs_Internals\"", "key=\"epoch_count_Internals\""));

        List<String> problems = m_checks.check(workflow);

        assertTrue(problems.stream().anyMatch(p -> p.contains("missing") && p.contains("epochs")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("does not write") && p.contains("epoch_count")),
            problems::toString);
    }

    @Test
    void aValueOfTheWrongTypeIsReported(@TempDir final Path copy) throws IOException {
        assertWrongTypeIsReported(copy, "VGG16 Localizer Learner", "epochs", "xint", "SettingsModelIntegerBounded");
    }

    @Test
    void keysOfASharedSettingsBaseClassAreCheckedToo(@TempDir final Path copy) throws IOException {
        // presence_threshold is declared in shared/TrueAndPredictedColumnsSettings, which ScorerNodeSettings extends
        assertWrongTypeIsReported(copy, "Localizer Scorer", "presence_threshold", "xdouble",
            "SettingsModelDoubleBounded");
    }

    @Test
    void aConnectionBetweenMismatchedPortsIsReported(@TempDir final Path copy) throws IOException {
        Path workflow = copyOfTrainingWorkflow(copy);
        // the learner's (node 2) model output into the predictor's (node 3) table input (port 2)
        Path file = workflow.resolve(WorkflowArchive.WORKFLOW_FILE);
        String modelConnection = "(<entry key=\"sourceID\" type=\"xint\" value=\"2\"/>\\s*"
            + "<entry key=\"destID\" type=\"xint\" value=\"3\"/>\\s*"
            + "<entry key=\"sourcePort\" type=\"xint\" value=\"1\"/>\\s*"
            + "<entry key=\"destPort\" type=\"xint\" value=\")1\"";
        String text = Files.readString(file);
        String changed = text.replaceFirst(modelConnection, "$12\"");
        assertTrue(!changed.equals(text), "the example should connect the learner's model to the predictor");
        Files.writeString(file, changed);

        List<String> problems = m_checks.check(workflow);

        assertTrue(problems.stream().anyMatch(p -> p.contains("joins a LocalizerModelPortObject.TYPE port to a "
            + "BufferedDataTable.TYPE port")), problems::toString);
    }

    @Test
    void aFlowVariableConnectionIntoADataPortIsReported(@TempDir final Path copy) throws IOException {
        Path workflow = copyOfTrainingWorkflow(copy);
        // the learner's (node 2) model output into the predictor's (node 3) flow variable port
        Path file = workflow.resolve(WorkflowArchive.WORKFLOW_FILE);
        String modelConnection = "(<entry key=\"sourceID\" type=\"xint\" value=\"2\"/>\\s*"
            + "<entry key=\"destID\" type=\"xint\" value=\"3\"/>\\s*"
            + "<entry key=\"sourcePort\" type=\"xint\" value=\"1\"/>\\s*"
            + "<entry key=\"destPort\" type=\"xint\" value=\")1\"";
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst(modelConnection, "$10\""));

        List<String> problems = m_checks.check(workflow);

        assertTrue(problems.stream().anyMatch(p -> p.contains("joins a LocalizerModelPortObject.TYPE port to a "
            + "flow variables port")), problems::toString);
    }

    /** Writes the key as a string instead of its type in a copy of the training workflow; the checks must say so. */
    private void assertWrongTypeIsReported(final Path copy, final String nodeName, final String key,
        final String type, final String settingsModel) throws IOException {
        Path workflow = copyOfTrainingWorkflow(copy);
        String entry = "<entry key=\"" + key + "\" type=\"";
        Repository.replaceOnce(settingsOf(workflow, nodeName), entry + type + "\"", entry + "xstring\"");

        List<String> problems = m_checks.check(workflow);

        assertTrue(problems.stream().anyMatch(p -> p.contains(key + " is written by " + settingsModel)),
            problems::toString);
    }

    private static Path copyOfTrainingWorkflow(final Path copy) throws IOException {
        Path original = WorkflowArchive.workflowsIn(Repository.WORKFLOWS).stream()
            .filter(workflow -> workflow.getFileName().toString().startsWith("Train")).findFirst().orElseThrow();
        Path workflow = copy.resolve(original.getFileName().toString());
        Repository.copyTree(original, workflow);
        return workflow;
    }

    private static Path settingsOf(final Path workflow, final String nodeName) throws IOException {
        try (var folders = Files.list(workflow)) {
            return folders.filter(folder -> folder.getFileName().toString().startsWith(nodeName + " (#"))
                .map(folder -> folder.resolve("settings.xml")).findFirst().orElseThrow();
        }
    }
}
