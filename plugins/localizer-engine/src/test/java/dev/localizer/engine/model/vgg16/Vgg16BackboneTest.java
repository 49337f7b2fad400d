package dev.localizer.engine.model.vgg16;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class Vgg16BackboneTest {

    /** Same topology as VGG16, a few channels wide, so that tests run in milliseconds. */
    static final Vgg16Architecture TINY = new Vgg16Architecture(List.of(2, 3, 4, 5, 6));
    private static final int SIZE = 64;

    @Test
    void standardArchitectureHasVgg16sParametersAndFeatureShape() {
        assertEquals(14_714_688L, Vgg16Architecture.STANDARD.parameterCount());
        assertEquals(13, Vgg16Architecture.STANDARD.convolutions().size());
        assertArrayEquals(new long[] {512, 6, 6}, Vgg16Architecture.STANDARD.outputShape(5, 200, 200));
        assertArrayEquals(new long[] {512, 12, 12}, Vgg16Architecture.STANDARD.outputShape(4, 200, 200));
        assertEquals("block3_conv2", Vgg16Architecture.STANDARD.convolutions().get(5).name());
    }

    @Test
    void fullSizeBaseGivesEighteenThousandFeaturesAt200() {
        Vgg16Weights weights = Vgg16Weights.random(Vgg16Architecture.STANDARD, 1);
        assertEquals(14_714_688L, Stream.concat(weights.kernels().stream(), weights.biases().stream())
                .mapToLong(INDArray::length).sum());
        try (Vgg16Backbone backbone = Vgg16Backbone.frozen(weights, 200, 200)) {
            INDArray features = backbone.features(Nd4j.rand(DataType.FLOAT, 1, 3, 200, 200));
            assertArrayEquals(new long[] {1, 512, 6, 6}, features.shape());
            assertEquals(18_432, features.length());
            assertTrue(features.maxNumber().doubleValue() > 0, "ReLU features of a random image are not all 0");
        }
    }

    @Test
    void matchesTheSameNetworkBuiltFromDl4jLayersOnCaffeNormalizedInput() {
        Vgg16Weights weights = Vgg16Weights.random(TINY, 7);
        INDArray images = Nd4j.rand(DataType.FLOAT, 5, 3, SIZE, SIZE);
        INDArray expected = layerNetwork(weights, 1, 5, 3, SIZE).outputSingle(caffeNormalized(images));
        try (Vgg16Backbone backbone = new Vgg16Backbone(weights, 5, SIZE, SIZE, 2)) {
            INDArray actual = backbone.features(images);
            assertArrayEquals(new long[] {5, 6, 2, 2}, actual.shape());
            assertClose(expected, actual);
        }
    }

    @Test
    void chunkSizeDoesNotChangeTheFeatures() {
        Vgg16Weights weights = Vgg16Weights.random(TINY, 3);
        INDArray images = Nd4j.rand(DataType.FLOAT, 5, 3, SIZE, SIZE);
        try (Vgg16Backbone whole = new Vgg16Backbone(weights, 5, SIZE, SIZE, 8);
             Vgg16Backbone chunked = new Vgg16Backbone(weights, 5, SIZE, SIZE, 2)) {
            assertClose(whole.features(images), chunked.features(images));
        }
    }

    @Test
    void reusedWorkspaceNeitherChangesNorAliasesEarlierResults() {
        Vgg16Weights weights = Vgg16Weights.random(TINY, 5);
        INDArray first = Nd4j.rand(DataType.FLOAT, 3, 3, SIZE, SIZE);
        INDArray second = Nd4j.rand(DataType.FLOAT, 3, 3, SIZE, SIZE);
        try (Vgg16Backbone backbone = new Vgg16Backbone(weights, 5, SIZE, SIZE, 2)) {
            INDArray firstFeatures = backbone.features(first);
            INDArray firstCopy = firstFeatures.dup();
            INDArray secondFeatures = backbone.features(second);
            assertEquals(firstCopy, firstFeatures, "a later call must not overwrite an earlier result");
            assertClose(firstCopy, backbone.features(first));
            assertTrue(secondFeatures.sub(firstFeatures).amaxNumber().doubleValue() > 0);
        }
    }

    @Test
    void blocksOneToFourPlusTrainableLastBlockEqualTheWholeBase() {
        Vgg16Weights weights = Vgg16Weights.random(TINY, 11);
        INDArray images = Nd4j.rand(DataType.FLOAT, 3, 3, SIZE, SIZE);
        try (Vgg16Backbone whole = Vgg16Backbone.frozen(weights, SIZE, SIZE);
             Vgg16Backbone lower = Vgg16Backbone.belowLastBlock(weights, SIZE, SIZE)) {
            assertArrayEquals(new long[] {5, 4, 4}, lower.featureShape());
            INDArray block4 = lower.features(images);
            ComputationGraph top = layerNetwork(weights, 5, 5, 5, 4);
            assertEquals((5 * 6 * 9 + 6) + 2 * (6 * 6 * 9 + 6), top.numParams());
            assertClose(whole.features(images), top.outputSingle(block4));
        }
    }

    @Test
    void rejectsImagesOfTheWrongShape() {
        try (Vgg16Backbone backbone = Vgg16Backbone.frozen(Vgg16Weights.random(TINY, 1), SIZE, SIZE)) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> backbone.features(Nd4j.rand(DataType.FLOAT, 1, 3, 32, SIZE)));
            assertTrue(error.getMessage().contains("[1, 3, 32, 64]"), error.getMessage());
        }
    }

    @Test
    void rejectsInputsTooSmallForFiveHalvings() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Vgg16Backbone.frozen(Vgg16Weights.random(TINY, 1), 16, 16));
        assertTrue(error.getMessage().contains("at least 32"), error.getMessage());
    }

    static ComputationGraph layerNetwork(Vgg16Weights weights, int fromBlock, int toBlock, int channels, int size) {
        Vgg16LayerBlocks blocks = new Vgg16LayerBlocks(weights, fromBlock, toBlock);
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).graphBuilder().addInputs("in");
        graph.setOutputs(blocks.appendTo(graph, "in")).setInputTypes(InputType.convolutional(size, size, channels));
        ComputationGraph net = new ComputationGraph(graph.build());
        net.init();
        blocks.copyWeightsInto(net);
        return net;
    }

    /** RGB 0..1 → BGR ×255 minus the ImageNet mean, written out pixel by pixel. */
    static INDArray caffeNormalized(INDArray rgb) {
        double[] bgrMean = {103.939, 116.779, 123.68};
        INDArray bgr = Nd4j.create(DataType.FLOAT, rgb.shape());
        for (long n = 0; n < rgb.size(0); n++) {
            for (int channel = 0; channel < 3; channel++) {
                for (long y = 0; y < rgb.size(2); y++) {
                    for (long x = 0; x < rgb.size(3); x++) {
                        double value = rgb.getDouble(n, 2 - channel, y, x) * 255 - bgrMean[channel];
                        bgr.putScalar(new long[] {n, channel, y, x}, value);
                    }
                }
            }
        }
        return bgr;
    }

    static void assertClose(INDArray expected, INDArray actual) {
        assertArrayEquals(expected.shape(), actual.shape());
        double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
        double difference = expected.castTo(DataType.DOUBLE).sub(actual.castTo(DataType.DOUBLE)).amaxNumber()
                .doubleValue();
        assertTrue(difference <= 1e-4 * scale, "max difference " + difference + " at scale " + scale);
        assertTrue(expected.amaxNumber().doubleValue() > 0, "features must not be all zero to compare");
    }
}
