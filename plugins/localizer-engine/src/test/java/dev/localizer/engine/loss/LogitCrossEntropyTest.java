package dev.localizer.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class LogitCrossEntropyTest {

    private static final IActivation IDENTITY = Activation.IDENTITY.getActivationFunction();

    @Test
    void sigmoidGradientMatchesFiniteDifferencesWithObjectsPresentAndAbsent() {
        Random random = new Random(3);
        INDArray labels = uniform(random, 6, 4);
        INDArray presence = Nd4j.create(new double[][] {{1}, {0}, {1}, {1}, {0}, {1}});
        LogitCrossEntropy loss = new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {0.75, 0.5, 1, 2});

        checkGradient(loss, labels, normal(random, 6, 4, 3), presence);
        checkGradient(loss, labels, normal(random, 6, 4, 3), null);
    }

    @Test
    void sigmoidGradientWithAnL1TermMatchesFiniteDifferences() {
        Random random = new Random(5);
        INDArray labels = uniform(random, 6, 4);
        INDArray presence = Nd4j.create(new double[][] {{1}, {0}, {1}, {1}, {0}, {1}});
        LogitCrossEntropy loss = new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {0.75, 0.5, 1, 2},
                new double[] {0.75, 1, 0, 3});

        checkGradient(loss, labels, normal(random, 6, 4, 2), presence);
        checkGradient(loss, labels, normal(random, 6, 4, 2), null);
    }

    /** Near the target the cross-entropy's gradient shrinks with the error; the L1 term's does not. */
    @Test
    void theL1TermAddsTheAbsoluteErrorAndPullsAsHardAtSmallErrors() {
        INDArray labels = Nd4j.create(new double[][] {{0.3, 0.6}});
        double close = Math.log(0.31 / 0.69);
        INDArray logits = Nd4j.create(new double[][] {{close, 0.2}});
        LogitCrossEntropy plain = new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {2, 1});
        LogitCrossEntropy withL1 = new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {2, 1},
                new double[] {2, 1});

        double extra = withL1.computeScore(labels, logits, IDENTITY, null, false)
                - plain.computeScore(labels, logits, IDENTITY, null, false);

        assertEquals(2 * 0.01 + Math.abs(sigmoid(0.2) - 0.6), extra, 1e-9);
        double crossEntropyPull = plain.computeGradient(labels, logits, IDENTITY, null).getDouble(0, 0);
        double l1Pull = withL1.computeGradient(labels, logits, IDENTITY, null).getDouble(0, 0) - crossEntropyPull;
        assertEquals(2 * 0.01, crossEntropyPull, 1e-9);
        assertEquals(2 * 0.31 * 0.69, l1Pull, 1e-9);
        assertEquals(plain, new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {2, 1}, null));
        assertTrue(!plain.equals(withL1) && withL1.name().contains("L1"), withL1.name());
    }

    @Test
    void anL1TermNeedsASigmoidLossAndOneWeightPerOutput() {
        IllegalArgumentException softmax = assertThrows(IllegalArgumentException.class, () -> new LogitCrossEntropy(
                LogitCrossEntropy.Kind.SOFTMAX, new double[] {1, 1}, new double[] {1, 1}));
        assertTrue(softmax.getMessage().contains("SOFTMAX"), softmax.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID,
                new double[] {1, 1}, new double[] {1}));
    }

    @Test
    void softmaxGradientMatchesFiniteDifferencesWithClasses() {
        Random random = new Random(4);
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, 5, 3);
        for (int i = 0; i < 5; i++) {
            labels.putScalar(i, random.nextInt(3), 1);
        }
        INDArray presence = Nd4j.create(new double[][] {{1}, {0}, {1}, {0}, {1}});
        LogitCrossEntropy loss = new LogitCrossEntropy(LogitCrossEntropy.Kind.SOFTMAX, new double[] {1, 1, 1});

        checkGradient(loss, labels, normal(random, 5, 3, 2), presence);
        checkGradient(loss, labels, normal(random, 5, 3, 2), null);
    }

    @Test
    void scoreIsTheCrossEntropyOfTheProbabilitiesAndMaskedRowsCountInTheAverage() {
        INDArray labels = Nd4j.create(new double[][] {{0.2, 1}, {0.7, 0}});
        INDArray logits = Nd4j.create(new double[][] {{0.4, -1.5}, {2.0, 0.3}});
        INDArray mask = Nd4j.create(new double[][] {{1}, {0}});
        LogitCrossEntropy loss = new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {2, 1});

        double score = loss.computeScore(labels, logits, IDENTITY, mask, true);

        double expected = (2 * bce(0.2, sigmoid(0.4)) + bce(1, sigmoid(-1.5))) / 2;
        assertEquals(expected, score, 1e-12);
    }

    @Test
    void hugeLogitsGiveFiniteScoresAndGradients() {
        INDArray labels = Nd4j.create(new double[][] {{0.2, 1, 0}});
        INDArray logits = Nd4j.create(new double[][] {{80, -90, 1000}});
        LogitCrossEntropy sigmoid = new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, new double[] {1, 1, 1});
        LogitCrossEntropy softmax = new LogitCrossEntropy(LogitCrossEntropy.Kind.SOFTMAX, new double[] {1, 1, 1});

        assertEquals(0.8 * 80 + 90 + 1000, sigmoid.computeScore(labels, logits, IDENTITY, null, false), 1e-9);
        INDArray gradient = sigmoid.computeGradient(labels, logits, IDENTITY, null);
        assertEquals(0.8, gradient.getDouble(0, 0), 1e-12);
        assertEquals(-1, gradient.getDouble(0, 1), 1e-12);
        assertEquals(1, gradient.getDouble(0, 2), 1e-12);
        double softmaxScore = softmax.computeScore(Nd4j.create(new double[][] {{0, 1, 0}}), logits, IDENTITY, null, false);
        assertEquals(1090, softmaxScore, 1e-9);
        for (double value : softmax.computeGradient(Nd4j.create(new double[][] {{0, 1, 0}}), logits, IDENTITY, null)
                .toDoubleVector()) {
            assertTrue(Double.isFinite(value), "softmax gradient " + value);
        }
    }

    @Test
    void probabilitiesAreTheSigmoidsAndTheSoftmaxOfTheLogits() {
        INDArray logits = Nd4j.create(new float[][] {{0, 2, -3}});

        INDArray sigmoids = LogitCrossEntropy.probabilities(LogitCrossEntropy.Kind.SIGMOID, logits);
        INDArray softmax = LogitCrossEntropy.probabilities(LogitCrossEntropy.Kind.SOFTMAX, logits);

        assertEquals(DataType.FLOAT, sigmoids.dataType());
        assertEquals(sigmoid(2), sigmoids.getDouble(0, 1), 1e-7);
        double sum = 1 + Math.exp(2) + Math.exp(-3);
        assertEquals(Math.exp(2) / sum, softmax.getDouble(0, 1), 1e-7);
        assertEquals(1, softmax.sumNumber().doubleValue(), 1e-6);
    }

    private static void checkGradient(LogitCrossEntropy loss, INDArray labels, INDArray logits, INDArray mask) {
        INDArray analytic = loss.computeGradient(labels, logits, IDENTITY, mask);
        double step = 1e-6;
        for (int i = 0; i < logits.rows(); i++) {
            for (int j = 0; j < logits.columns(); j++) {
                double original = logits.getDouble(i, j);
                logits.putScalar(i, j, original + step);
                double plus = loss.computeScore(labels, logits, IDENTITY, mask, false);
                logits.putScalar(i, j, original - step);
                double minus = loss.computeScore(labels, logits, IDENTITY, mask, false);
                logits.putScalar(i, j, original);
                double numeric = (plus - minus) / (2 * step);
                assertEquals(numeric, analytic.getDouble(i, j), 1e-7 + 1e-5 * Math.abs(numeric), "logit " + i + "," + j);
            }
        }
        if (mask != null) {
            assertTrue(analytic.getRow(1).amaxNumber().doubleValue() == 0, "a masked row gets no gradient");
        }
    }

    private static INDArray uniform(Random random, int rows, int columns) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextDouble();
            }
        }
        return Nd4j.create(values);
    }

    private static INDArray normal(Random random, int rows, int columns, double scale) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return Nd4j.create(values);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double bce(double target, double p) {
        return -(target * Math.log(p) + (1 - target) * Math.log(1 - p));
    }
}
