package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Progress;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.train.Trainer;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.engine.train.TrainingData;
import dev.localizer.engine.train.TrainingResult;

/**
 * The Predictor and the Box Renderer give the same table streamed (their streamable operators on row inputs, as
 * KNIME's streaming executor runs them) as executed on whole tables; run by the harness on the stand-ins with a
 * small model the engine trains here.
 */
class StreamingTest {

    @Test
    void streamedAndOrdinaryExecutionGiveTheSameTables(@TempDir final Path folder) throws Exception {
        List<Scene> scenes = new SceneGenerator(SceneConfig.defaults()).generate(0, 21, 1, Progress.NONE);
        TrainingResult trained = new Trainer(TrainingConfig.builder().inputSize(32).epochs(1)
            .stepsPerEpoch(2).batchSize(8).validationFraction(0).device(Device.CPU).build())
                .train(TrainingData.of(scenes.subList(0, 16)), Progress.NONE);
        Path modelFile = folder.resolve("model.zip");
        trained.model().save(modelFile);
        NodeClasses nodes = NodeClasses.compile(folder.resolve("classes"));

        // 5 pictures in batches of 2: two full batches and one of a single picture
        @SuppressWarnings("unchecked")
        Map<String, List<List<String>>> tables = (Map<String, List<List<String>>>)nodes
            .load("dev.localizer.knime.checks.harness.StreamingRuns")
            .getMethod("run", Path.class, List.class, List.class, int.class, Path.class)
            .invoke(null, modelFile, trained.model().classNames(), scenes.subList(16, 21), 2, folder);

        List<List<String>> predicted = tables.get("predictor ordinary");
        assertEquals(5, predicted.size());
        assertEquals(7 + 8 + 1, predicted.get(0).size(), "row key, the scene's 7 cells and 8 predicted ones");
        assertEquals(predicted, tables.get("predictor streamed"));
        List<List<String>> drawn = tables.get("renderer ordinary");
        assertEquals(5, drawn.size());
        assertTrue(drawn.get(0).get(drawn.get(0).size() - 1).startsWith("PNG "), drawn.get(0).toString());
        assertEquals(drawn, tables.get("renderer streamed"));
        assertEquals(List.of(List.of("whole", "streamable"), List.of("streamable")), tables.get("roles"),
            "the Predictor's model port is needed whole, the pictures stream");
    }
}
