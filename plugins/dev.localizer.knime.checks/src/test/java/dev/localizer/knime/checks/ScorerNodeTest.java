package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.metrics.Evaluation;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;

/** The Scorer node's statistics rows and flow variables, run by the harness on the stand-ins. */
class ScorerNodeTest {

    private static final List<String> VARIABLES = List.of("localizer_mean_iou", "localizer_corloc", "localizer_ap50",
        "localizer_detection_accuracy", "localizer_f1", "localizer_reference_loss");

    private static NodeClasses s_nodes;

    private static List<Scene> s_scenes;

    private static Path s_fileStores;

    @BeforeAll
    static void compileTheNodes(@TempDir final Path output) throws Exception {
        s_nodes = NodeClasses.compile(output);
        s_fileStores = output;
        s_scenes = new SceneGenerator(SceneConfig.defaults()).generate(0, 12, 1, Progress.NONE);
    }

    @Test
    void scoresOverallAndPerClassAsTheEngineAndPushesTheHeadlineScores() throws Exception {
        // the truth's own class with a box shifted by 4 pixels, except every third scene's class is wrong
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < s_scenes.size(); i++) {
            Scene scene = s_scenes.get(i);
            Box box = scene.label().present() ? new Box(scene.label().box().top() + 4, scene.label().box().left(), scene.label().box().height(),
                scene.label().box().width()) : new Box(10, 10, 20, 20);
            String className = i % 3 == 0 ? "someone else" : scene.label().present() ? scene.label().className() : "fox";
            double probability = scene.label().present() ? 0.9 : 0.2;
            predictions.add(Prediction.of(box, probability, probability >= 0.5, className, 0.8));
        }
        Map<String, Double> variables = new LinkedHashMap<>();
        VARIABLES.forEach(name -> variables.put(name, Double.NaN));

        Map<String, Map<String, String>> rows = statistics(predictions, variables);

        Evaluation expected = Evaluation.of(s_scenes.stream().map(Scene::label).toList(), predictions);
        Map<String, String> overall = rows.get("Overall");
        assertEquals(Double.toString(expected.metrics().meanIou()), overall.get("Mean IoU"));
        assertEquals(Double.toString(expected.overall().corLoc()), overall.get("CorLoc"));
        assertEquals(Double.toString(expected.overall().averagePrecision()), overall.get("AP@0.5"));
        assertEquals(Integer.toString(s_scenes.size()), overall.get("Rows"));
        assertEquals("?", overall.get("Reference loss"), "several predicted classes: no reference loss");
        assertEquals(expected.byClass().size() + 1, rows.size(), rows.keySet().toString());
        for (Map.Entry<String, Evaluation.Scores> byClass : expected.byClass().entrySet()) {
            Map<String, String> row = rows.get("Class " + byClass.getKey());
            assertEquals(byClass.getKey(), row.get("Class"));
            assertEquals(Double.toString(byClass.getValue().averagePrecision()), row.get("AP@0.5"));
        }
        assertEquals(expected.metrics().meanIou(), variables.get("localizer_mean_iou"), 0);
        assertEquals(expected.overall().averagePrecision(), variables.get("localizer_ap50"), 0);
        assertEquals(expected.overall().corLoc(), variables.get("localizer_corloc"), 0);
        assertTrue(Double.isNaN(variables.get("localizer_reference_loss")));
    }

    @Test
    void predictionsOfOneClassGetTheReferenceLossFromThePicturesSizes() throws Exception {
        List<Prediction> predictions = new ArrayList<>();
        for (Scene scene : s_scenes) {
            Box box = scene.label().present() ? scene.label().box() : new Box(10, 10, 20, 20);
            double probability = scene.label().present() ? 0.9 : 0.1;
            predictions.add(Prediction.of(box, probability, probability >= 0.5, "object", 1));
        }
        Map<String, Double> variables = new LinkedHashMap<>(Map.of("localizer_reference_loss", Double.NaN));

        Map<String, String> overall = statistics(predictions, variables).get("Overall");

        double loss = Double.parseDouble(overall.get("Reference loss"));
        double floor = Double.parseDouble(overall.get("Loss floor"));
        // right boxes at presence 0.9 and 0.1: the loss is the floor plus the presence term, 0.5 × −ln 0.9
        assertEquals(floor + 0.5 * -Math.log(0.9), loss, 1e-3);
        assertEquals(loss, variables.get("localizer_reference_loss"), 1e-12);
        assertEquals("1.0", overall.get("CorLoc"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> statistics(final List<Prediction> predictions,
        final Map<String, Double> variables) throws Exception {
        return (Map<String, Map<String, String>>)s_nodes.load("dev.localizer.knime.checks.harness.ScorerRuns")
            .getMethod("statistics", List.class, List.class, Map.class, Path.class)
            .invoke(null, s_scenes, predictions, variables, s_fileStores);
    }
}
