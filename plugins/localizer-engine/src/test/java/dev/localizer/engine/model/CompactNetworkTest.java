package dev.localizer.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.scene.Scene;

class CompactNetworkTest {

    @Test
    void parameterCountsFollowTheArchitecture() {
        // conv 3×3 with a bias per output channel per block, then dense 2·2·128→256, then heads
        long blocks = (9 * 5 * 24 + 24) + (9 * 24 * 48 + 48) + (9 * 48 * 96 + 96) + (9 * 96 * 128 + 128);
        long head = 2 * 2 * 128 * 256 + 256;
        long oneClassOutputs = (256 * 4 + 4) + (256 + 1);

        ComputationGraph oneClass = CompactNetwork.create(new InputEncoding(32, 32, true), 1, LossWeights.DEFAULT, 1, 1e-3);
        ComputationGraph threeClasses = CompactNetwork.create(new InputEncoding(32, 32, true), 3, LossWeights.DEFAULT, 1, 1e-3);

        assertEquals(296_421, blocks + head + oneClassOutputs);
        assertEquals(296_421, oneClass.numParams());
        assertEquals(296_421, CompactNetwork.parameterCount(new InputEncoding(32, 32, true), 1));
        assertEquals(296_421 + 256 * 3 + 3, threeClasses.numParams());
    }

    @Test
    void outputsHaveOneRowPerImageAndValidProbabilities() {
        InputEncoding input = new InputEncoding(32, 32, true);
        ComputationGraph network = CompactNetwork.create(input, 3, LossWeights.DEFAULT, 1, 1e-3);
        INDArray images = input.encode(List.of(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB),
                new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB)));

        INDArray[] outputs = network.output(false, images);

        assertArrayEquals(new long[] {2, 5, 32, 32}, images.shape());
        assertArrayEquals(new long[] {2, 4}, outputs[0].shape());
        assertArrayEquals(new long[] {2, 1}, outputs[1].shape());
        assertArrayEquals(new long[] {2, 3}, outputs[2].shape());
        LocalizerModel model = new LocalizerModel(network, ModelManifest.of(Backbone.COMPACT, input,
                List.of("a", "b", "c"), LossWeights.DEFAULT, null));
        NetworkOutputs outputsOfModel = model.outputs(images);
        for (int i = 0; i < outputsOfModel.size(); i++) {
            double[] box = outputsOfModel.box(i);
            assertTrue(Arrays.stream(box).allMatch(value -> value > 0 && value < 1), Arrays.toString(box));
            assertTrue(outputsOfModel.presence(i) > 0 && outputsOfModel.presence(i) < 1);
            assertEquals(1.0, Arrays.stream(outputsOfModel.classProbabilities(i)).sum(), 1e-5);
        }
    }

    @Test
    void sameSeedGivesTheSameInitialNetwork() {
        InputEncoding input = new InputEncoding(16, 16, false);
        ComputationGraph first = CompactNetwork.create(input, 1, LossWeights.DEFAULT, 5, 1e-3);
        ComputationGraph second = CompactNetwork.create(input, 1, LossWeights.DEFAULT, 5, 1e-3);

        assertEquals(first.params(), second.params());
    }

    @Test
    void outputBiasesStartAtTheLogitsOfTheDataPriors() {
        ComputationGraph network = CompactNetwork.create(new InputEncoding(16, 16, false), 3, LossWeights.DEFAULT, 2, 1e-3);
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        List<Scene> scenes = List.of(new Scene(image, Label.of(new Box(10, 20, 30, 40), "c")),
                new Scene(image, Label.of(new Box(30, 40, 50, 20), "c")), new Scene(image, Label.of(new Box(20, 30, 40, 30), "a")),
                new Scene(image, Label.ABSENT));

        LocalizerOutputs.initializeBiases(network, scenes, List.of("a", "b", "c"));

        assertEquals(Math.log(0.75 / 0.25), network.getLayer(LocalizerOutputs.PRESENCE).getParam("b").getDouble(0), 1e-6);
        INDArray box = network.getLayer(LocalizerOutputs.BOX).getParam("b");
        assertEquals(Math.log(0.2 / 0.8), box.getDouble(0), 1e-6);
        assertEquals(Math.log(0.4 / 0.6), box.getDouble(2), 1e-6);
        INDArray classes = network.getLayer(LocalizerOutputs.CLASS).getParam("b");
        assertEquals(Math.log(1 / 3.0), classes.getDouble(0), 1e-6);
        assertEquals(Math.log(0.01), classes.getDouble(1), 1e-6, "an unseen class gets a small share, not −∞");
        assertEquals(Math.log(2 / 3.0), classes.getDouble(2), 1e-6);
    }
}
