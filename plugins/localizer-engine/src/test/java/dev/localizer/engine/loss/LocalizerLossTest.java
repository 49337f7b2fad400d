package dev.localizer.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.model.LocalizerOutputs;
import dev.localizer.engine.model.NetworkOutputs;
import dev.localizer.engine.predict.Predictor;

class LocalizerLossTest {

    private static final LossWeights WEIGHTS = new LossWeights(3.0, 0.5, 1.0);

    /** Test images are 100×100, so that normalized boxes are the pixel boxes divided by 100. */
    private static final List<int[]> SIZES = Collections.nCopies(4, new int[] {100, 100});

    @Test
    void referenceLossMatchesAHandComputation() {
        Label present = Label.of(new Box(20, 40, 50, 10), "fox");
        Prediction first = estimate(new double[] {0.3, 0.4, 0.5, 0.2}, 0.8, Map.of());
        Prediction second = estimate(new double[] {0.9, 0.9, 0.9, 0.9}, 0.1, Map.of());

        double box = (bce(0.2, 0.3) + bce(0.4, 0.4) + bce(0.5, 0.5) + bce(0.1, 0.2)) / 4;
        double expected = (3.0 * box + 0.5 * -Math.log(0.8) + 0.5 * -Math.log(0.9)) / 2;

        assertEquals(expected, LocalizerLoss.reference(List.of(present, Label.ABSENT), List.of(first, second),
                SIZES.subList(0, 2), WEIGHTS), 1e-12);
    }

    @Test
    void withoutItsNetworkBoxAPredictionIsScoredByItsPixelBox() {
        Label present = Label.of(new Box(20, 40, 50, 10), "fox");
        Prediction fromModel = estimate(new double[] {0.3, 0.4, 0.5, 0.2}, 0.8, Map.of());
        Prediction fromTable = Prediction.of(new Box(30, 40, 50, 20), 0.8, true, "fox", 1);

        assertEquals(LocalizerLoss.reference(List.of(present), List.of(fromModel), SIZES.subList(0, 1), WEIGHTS),
                LocalizerLoss.reference(List.of(present), List.of(fromTable), SIZES.subList(0, 1), WEIGHTS), 1e-12);
    }

    @Test
    void classCrossEntropyCountsOnlyWhereAnObjectIsPresent() {
        Label present = Label.of(new Box(20, 20, 20, 20), "b");
        Prediction estimate = estimate(new double[] {0.2, 0.2, 0.2, 0.2}, 0.5, Map.of("a", 0.2, "b", 0.7, "c", 0.1));
        double withoutClass = LocalizerLoss.reference(List.of(present, Label.ABSENT), List.of(estimate, estimate),
                SIZES.subList(0, 2), new LossWeights(3.0, 0.5, 0));

        double withClass = LocalizerLoss.reference(List.of(present, Label.ABSENT), List.of(estimate, estimate),
                SIZES.subList(0, 2), WEIGHTS);

        assertEquals(-Math.log(0.7) / 2, withClass - withoutClass, 1e-12);
    }

    @Test
    void anObjectOfAClassTheModelDoesNotKnowHasNoLoss() {
        Prediction estimate = estimate(new double[] {0.2, 0.2, 0.2, 0.2}, 0.5, Map.of("a", 0.3, "b", 0.7));
        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerLoss.reference(
                List.of(Label.of(new Box(20, 20, 20, 20), "cat")), List.of(estimate), SIZES.subList(0, 1), WEIGHTS));
        assertTrue(error.getMessage().contains("'cat'"), error.getMessage());
    }

    @Test
    void floorIsTheLossOfPerfectEstimatesAndIsAboveZero() {
        List<Label> truth = List.of(Label.of(new Box(25, 30, 40, 35), "fox"), Label.ABSENT);
        List<Prediction> perfect = List.of(estimate(new double[] {0.25, 0.3, 0.4, 0.35}, 1, Map.of()),
                estimate(new double[] {0.6, 0.1, 0.2, 0.3}, 0, Map.of()));

        double floor = LocalizerLoss.floor(truth, SIZES.subList(0, 2), WEIGHTS);

        double entropy = (bce(0.25, 0.25) + bce(0.3, 0.3) + bce(0.4, 0.4) + bce(0.35, 0.35)) / 4;
        assertEquals(3.0 * entropy / 2, floor, 1e-12);
        assertEquals(floor, LocalizerLoss.reference(truth, perfect, SIZES.subList(0, 2), WEIGHTS), 1e-6);
        assertTrue(floor > 0.5);
    }

    @Test
    void weightsMustBeFiniteAndNotNegative() {
        LocalizerException error = assertThrows(LocalizerException.class, () -> new LossWeights(-1, 0.5, 1));
        assertTrue(error.getMessage().contains("-1.0"), error.getMessage());
        assertThrows(LocalizerException.class, () -> new LossWeights(3, Double.NaN, 1));
    }

    @Test
    void networkScoreIsTheReferenceLossPlusTheBoxL1TermAndItsGradientMatchesFiniteDifferences() {
        ComputationGraph network = tinyNetwork(3);
        MultiDataSet batch = tinyBatch(3);
        List<String> classes = List.of("a", "b", "c");
        List<Label> truth = List.of(Label.of(new Box(10, 20, 30, 40), "c"), Label.ABSENT,
                Label.of(new Box(50, 25, 20, 60), "a"), Label.ABSENT);

        double score = network.score(batch, true);
        NetworkOutputs outputs = NetworkOutputs.of(network.output(false, batch.getFeatures()), true);
        List<Prediction> predictions = IntStream.range(0, 4)
                .mapToObj(i -> Predictor.interpret(outputs, i, classes, 100, 100, 0.5)).toList();
        double reference = LocalizerLoss.reference(truth, predictions, SIZES, WEIGHTS);
        double l1 = 0;
        for (int i = 0; i < 4; i++) {
            if (truth.get(i).present()) {
                double[] normalized = truth.get(i).box().toNormalized(100, 100);
                for (int j = 0; j < 4; j++) {
                    l1 += Math.abs(outputs.box(i)[j] - normalized[j]);
                }
            }
        }
        double l1Term = LocalizerLoss.BOX_L1_SHARE * WEIGHTS.box() / 4 * l1 / 4;
        assertTrue(l1Term > 0.01, "the box outputs are off, so the L1 term counts: " + l1Term);
        assertEquals(reference + l1Term, score, 1e-9);

        network.setInputs(batch.getFeatures());
        network.setLabels(batch.getLabels());
        network.setLayerMaskArrays(null, batch.getLabelsMaskArrays());
        network.computeGradientAndScore();
        INDArray analytic = network.gradient().gradient().dup();
        INDArray parameters = network.params();
        int examples = 4;
        double step = 1e-6;
        for (int i = 0; i < parameters.length(); i++) {
            double original = parameters.getDouble(i);
            parameters.putScalar(i, original + step);
            double plus = network.score(batch, true);
            parameters.putScalar(i, original - step);
            double minus = network.score(batch, true);
            parameters.putScalar(i, original);
            double numeric = (plus - minus) / (2 * step);
            // DL4J's gradients are sums over the batch; the updater divides them by its size later.
            double fromNetwork = analytic.getDouble(i) / examples;
            assertEquals(numeric, fromNetwork, 1e-6 + 1e-4 * Math.abs(numeric), "parameter " + i);
        }
    }

    /**
     * Why the outputs became logits: DL4J's binary cross-entropy on a sigmoid output multiplies dL/dp by σ'(z),
     * which is 0 in float once |z| passes about 17, so an output that one large early step saturated never moves
     * again, however wrong it is (a box value of 1 where 0.2 is right). From logits the gradient is σ(z) − y.
     */
    @Test
    void aSaturatedOutputGetsNoGradientFromSigmoidCrossEntropyButFullGradientFromLogits() {
        INDArray labels = Nd4j.create(new float[][] {{0.2f, 0.2f, 0.2f, 0.2f}});
        INDArray saturated = Nd4j.create(new float[][] {{30f, 30f, 30f, 30f}});
        INDArray mask = Nd4j.ones(DataType.FLOAT, 1, 1);
        ILossFunction probabilityBased = new LossBinaryXENT(LocalizerLoss.EPSILON,
                Nd4j.valueArrayOf(new long[] {1, 4}, WEIGHTS.box() / 4, DataType.FLOAT));

        INDArray before = probabilityBased.computeGradient(labels, saturated.dup(), Activation.SIGMOID.getActivationFunction(), mask);
        INDArray now = LocalizerLoss.boxLoss(WEIGHTS).computeGradient(labels, saturated,
                Activation.IDENTITY.getActivationFunction(), mask);

        assertEquals(0, before.amaxNumber().doubleValue(), 1e-12, before.toString());
        for (int j = 0; j < 4; j++) {
            assertEquals(WEIGHTS.box() / 4 * (1 - 0.2), now.getDouble(0, j), 1e-6, now.toString());
        }
    }

    /** Networks saved before the L1 term existed have no {@code l1Weights} in their configuration: they train without it. */
    @Test
    void networkConfigurationsWrittenBeforeTheBoxL1TermReadWithoutIt() {
        ComputationGraph network = tinyNetwork(3);
        String json = network.getConfiguration().toJson();
        String before = json.replaceAll(",\\s*\"l1Weights\"\\s*:\\s*\\[[^\\]]*\\]", "");
        assertTrue(json.contains("l1Weights") && !before.contains("l1Weights"), before);

        ComputationGraph old = new ComputationGraph(ComputationGraphConfiguration.fromJson(before));
        old.init(network.params().dup(), false);

        BaseOutputLayer box = (BaseOutputLayer) old.getLayer(LocalizerOutputs.BOX).conf().getLayer();
        assertEquals(new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {0.75, 0.75, 0.75, 0.75}),
                box.getLossFn());
        MultiDataSet batch = tinyBatch(3);
        assertEquals(network.output(batch.getFeatures())[0], old.output(batch.getFeatures())[0]);
        assertTrue(old.score(batch) < network.score(batch), old.score(batch) + " vs " + network.score(batch));
    }

    private static ComputationGraph tinyNetwork(int classCount) {
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .seed(7).dataType(DataType.DOUBLE).updater(new NoOp())
                .graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(3))
                .addLayer("hidden", new DenseLayer.Builder().nOut(5).activation(Activation.TANH).build(), "in");
        LocalizerOutputs.add(graph, "hidden", classCount, WEIGHTS);
        ComputationGraph network = new ComputationGraph(graph.build());
        network.init();
        return network;
    }

    private static MultiDataSet tinyBatch(int classCount) {
        INDArray features = Nd4j.create(new double[][] {{0.1, -0.5, 0.9}, {1.2, 0.3, -0.4}, {-0.7, 0.8, 0.2}, {0.4, 0.4, -1.1}});
        INDArray boxes = Nd4j.create(new double[][] {{0.1, 0.2, 0.3, 0.4}, {0, 0, 0, 0}, {0.5, 0.25, 0.2, 0.6}, {0, 0, 0, 0}});
        INDArray presence = Nd4j.create(new double[][] {{1}, {0}, {1}, {0}});
        INDArray classes = Nd4j.zeros(DataType.DOUBLE, 4, classCount);
        classes.putScalar(0, 2, 1);
        classes.putScalar(2, 0, 1);
        return new MultiDataSet(new INDArray[] {features}, new INDArray[] {boxes, presence, classes}, null,
                new INDArray[] {presence, null, presence});
    }

    /** A prediction as a model gives it for a 100×100 image: with its network box. */
    private static Prediction estimate(double[] box, double presence, Map<String, Double> classProbabilities) {
        return new Prediction(Box.fromNormalized(box, 100, 100), presence, presence >= 0.5, "", Double.NaN,
                classProbabilities, Optional.of(box));
    }

    private static double bce(double target, double predicted) {
        return -(target * Math.log(predicted) + (1 - target) * Math.log(1 - predicted));
    }
}
