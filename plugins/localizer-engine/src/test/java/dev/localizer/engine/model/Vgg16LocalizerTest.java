package dev.localizer.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.TestScenes;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import dev.localizer.engine.scene.Scene;

class Vgg16LocalizerTest {

    private static LocalizerModel model;

    @TempDir
    Path folder;

    @BeforeAll
    static void createModel() {
        model = Vgg16Localizer.create(Vgg16Weights.random(Vgg16Architecture.STANDARD, 3), 32, List.of("fox"),
                LossWeights.DEFAULT, 5, 1e-4, false);
    }

    @Test
    void headIsFlattenThenTheReferenceDenseOutputs() {
        // at 32×32 the base leaves 512 channels of 1×1; box (4) and presence (1) outputs: 512·5 weights + 5 biases
        assertEquals(512 * 5 + 5, model.network().numParams());
        assertArrayEquals(new long[] {512, 1, 1}, model.pretrainedBase().orElseThrow().backbone().featureShape());
        assertEquals(Backbone.VGG16, model.manifest().backbone());
        assertEquals(List.of("red", "green", "blue"), model.manifest().inputChannels());
    }

    @Test
    void savedModelsKeepTheirBaseAndPredictTheSame() throws IOException {
        Path file = folder.resolve("vgg.zip");
        model.save(file);

        LocalizerModel loaded = LocalizerModel.load(file);

        List<Scene> scenes = new TestScenes(2, 40, 1).take(3);
        INDArray input = model.inputEncoding().encode(scenes.stream().map(Scene::image).toList());
        assertTrue(loaded.pretrainedBase().isPresent());
        assertEquals(model.networkInput(input), loaded.networkInput(input));
        assertEquals(model.outputs(input).presence(1), loaded.outputs(input).presence(1), 1e-7);
    }

    @Test
    void savedModelsKeepTheirFineTunedLastBlock() throws IOException {
        LocalizerModel tuned = Vgg16Localizer.create(Vgg16Weights.random(Vgg16Architecture.STANDARD, 3), 32,
                List.of("fox"), LossWeights.DEFAULT, 5, 1e-4, true);
        // stands in for training: the saved network, not the stored pretrained base, must carry block 5
        tuned.network().getLayer("block5_conv2").getParam("W").muli(1.5);
        Path file = folder.resolve("tuned.zip");
        tuned.save(file);

        LocalizerModel loaded = LocalizerModel.load(file);

        List<Scene> scenes = new TestScenes(2, 40, 1).take(3);
        INDArray input = tuned.inputEncoding().encode(scenes.stream().map(Scene::image).toList());
        assertTrue(loaded.manifest().lastBlockFineTuned());
        assertArrayEquals(new long[] {512, 2, 2}, loaded.pretrainedBase().orElseThrow().backbone().featureShape());
        assertEquals(tuned.network().params(), loaded.network().params());
        for (int i = 0; i < scenes.size(); i++) {
            assertArrayEquals(tuned.outputs(input).box(i), loaded.outputs(input).box(i), 1e-7);
            assertEquals(tuned.outputs(input).presence(i), loaded.outputs(input).presence(i), 1e-7);
        }
    }
}
