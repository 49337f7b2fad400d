package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.TestScenes;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.Vgg16Localizer;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import dev.localizer.engine.scene.Scene;

class LastBlockFineTuningTest {

    /** VGG16's layout with narrow blocks, so that training block 5 takes milliseconds. */
    private static final Vgg16Architecture NARROW = new Vgg16Architecture(List.of(4, 4, 8, 8, 8));

    @Test
    void trainingChangesBlockFiveAndLowersTheLossWhileBlocksOneToFourStayFixed() {
        Vgg16Weights weights = caffeScaled(Vgg16Weights.random(NARROW, 12));
        TestScenes source = new TestScenes(13, 32, 1);
        LocalizerModel model = Vgg16Localizer.create(weights, 32, source.classNames(), LossWeights.DEFAULT, 3, 1e-2,
                true);
        ComputationGraph network = model.network();
        List<Scene> scenes = source.take(16);
        INDArray images = model.inputEncoding().encode(scenes.stream().map(Scene::image).toList());
        INDArray blockFourFeatures = model.networkInput(images);
        INDArray pretrainedKernel = weights.kernels().get(NARROW.convolutions().size() - 1).castTo(DataType.FLOAT);
        INDArray startKernel = network.getLayer("block5_conv3").getParam("W").dup();
        MultiDataSet batch = new SceneEncoder(model, source.classNames()).encode(scenes.stream().map(SceneView::of).toList());
        double startLoss = network.score(batch);

        for (int step = 0; step < 40; step++) {
            network.fit(batch);
        }

        assertTrue(model.manifest().lastBlockFineTuned());
        assertFalse(network.getConfiguration().getVertices().containsKey("block4_conv3"),
                "blocks 1-4 are not part of the trained network");
        assertEquals(pretrainedKernel, startKernel, "block 5 starts from the pretrained weights");
        assertNotEquals(startKernel, network.getLayer("block5_conv3").getParam("W"));
        assertTrue(network.score(batch) < 0.9 * startLoss, startLoss + " -> " + network.score(batch));
        assertEquals(blockFourFeatures, model.networkInput(images));
    }

    /**
     * Random weights with the first kernel shrunk by the caffe input scale (pixels 0..255), as in real VGG16
     * weights: plain random ones would blow activations up by that scale and saturate the outputs.
     */
    private static Vgg16Weights caffeScaled(Vgg16Weights weights) {
        List<INDArray> kernels = new ArrayList<>(weights.kernels());
        kernels.set(0, kernels.get(0).div(255));
        return new Vgg16Weights(weights.architecture(), kernels, weights.biases(), weights.source());
    }

    @Test
    void fineTuningTheCompactBackboneIsRefused() {
        TrainingConfig compact = TrainingConfig.defaults();

        LocalizerException error = assertThrows(LocalizerException.class, () -> compact.toBuilder().fineTuneLastBlock(true).build());

        assertTrue(error.getMessage().contains("'compact'"), error.getMessage());
        assertTrue(error.getMessage().contains("vgg16"), error.getMessage());
    }
}
