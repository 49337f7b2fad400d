package dev.localizer.engine.loss;

import java.util.Arrays;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Cross-entropy computed from an output layer's logits rather than from its probabilities, column-weighted and
 * masked like DL4J's own losses (a mask of one column masks whole rows).
 *
 * <p>{@link Kind#SIGMOID}: each column is an independent binary cross-entropy, {@code softplus(z) − y·z} written as
 * {@code max(z, 0) − y·z + log(1 + e^−|z|)}, whose gradient is {@code σ(z) − y}. {@link Kind#SOFTMAX}: one
 * categorical cross-entropy over the columns, {@code logsumexp(z) − z_y}, with gradient {@code softmax(z) − y}.
 * Neither gradient vanishes where the probability saturates, unlike the probability-based losses on a sigmoid or
 * softmax layer, which multiply by the activation's derivative: an output that one large step pushed to 0 or 1 is
 * pulled back as hard as the error is large. Neither needs clipping: no logarithm of a probability is taken.
 *
 * <p>{@link Kind#SIGMOID} columns may also carry an L1 term, {@code l1·|σ(z) − y|}, whose gradient
 * {@code l1·sign(σ(z) − y)·σ(z)(1 − σ(z))} keeps its size however small the error is, where the cross-entropy's
 * shrinks with it: a box a pixel or two off still pulls. The cross-entropy beside it keeps saturated outputs moving.
 *
 * <p>The layer's activation is expected to be the identity; any other is applied first and backpropagated through.
 */
public final class LogitCrossEntropy implements ILossFunction {

    private static final long serialVersionUID = 1L;

    /** How the logits of one row turn into probabilities. */
    public enum Kind { SIGMOID, SOFTMAX }

    @JsonProperty("kind")
    private final Kind kind;
    @JsonProperty("weights")
    private final double[] weights;
    @JsonProperty("l1Weights")
    private final double[] l1Weights;

    /** @param weights one weight per output column */
    public LogitCrossEntropy(Kind kind, double[] weights) {
        this(kind, weights, null);
    }

    /**
     * @param weights   one weight per output column
     * @param l1Weights one weight per column for the L1 term ({@link Kind#SIGMOID} only), or null for none (as in
     *                  models saved before it existed)
     */
    @JsonCreator
    public LogitCrossEntropy(@JsonProperty("kind") Kind kind, @JsonProperty("weights") double[] weights,
                             @JsonProperty("l1Weights") double[] l1Weights) {
        if (kind == null || weights == null || weights.length == 0) {
            throw new IllegalArgumentException("A logit cross-entropy needs a kind and one weight per output");
        }
        if (l1Weights != null && (l1Weights.length != weights.length || (kind == Kind.SOFTMAX
                && Arrays.stream(l1Weights).anyMatch(weight -> weight != 0)))) {
            throw new IllegalArgumentException("L1 weights " + Arrays.toString(l1Weights) + " need one per output and "
                    + "a sigmoid loss; this one is " + kind + " with " + weights.length + " outputs");
        }
        this.kind = kind;
        this.weights = weights.clone();
        this.l1Weights = l1Weights == null ? new double[weights.length] : l1Weights.clone();
    }

    /** The sigmoid or softmax of logits, as the layer's loss sees them (for predictions from logit outputs). */
    public static INDArray probabilities(Kind kind, INDArray logits) {
        double[][] z = logits.castTo(DataType.DOUBLE).toDoubleMatrix();
        double[][] p = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            p[i] = kind == Kind.SIGMOID ? sigmoid(z[i]) : softmax(z[i]);
        }
        return Nd4j.create(p).castTo(logits.dataType());
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        double[][] y = matrix(labels);
        double[][] z = matrix(activationFn.getActivation(preOutput.dup(), true));
        double[][] m = mask == null ? null : matrix(mask);
        check(y, z);
        double[] scores = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            if (kind == Kind.SIGMOID) {
                double[] p = sigmoid(z[i]);
                for (int j = 0; j < z[i].length; j++) {
                    double logit = z[i][j];
                    double loss = Math.max(logit, 0) - y[i][j] * logit + Math.log1p(Math.exp(-Math.abs(logit)));
                    scores[i] += (weights[j] * loss + l1Weights[j] * Math.abs(p[j] - y[i][j])) * maskAt(m, i, j);
                }
            } else {
                double logSumExp = logSumExp(z[i]);
                for (int j = 0; j < z[i].length; j++) {
                    scores[i] += weights[j] * y[i][j] * (logSumExp - z[i][j]) * maskAt(m, i, j);
                }
            }
        }
        return Nd4j.create(scores, new long[] {scores.length, 1}, DataType.DOUBLE).castTo(preOutput.dataType());
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask,
                               boolean average) {
        INDArray scores = computeScoreArray(labels, preOutput, activationFn, mask);
        double total = scores.castTo(DataType.DOUBLE).sumNumber().doubleValue();
        return average ? total / scores.size(0) : total;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        double[][] y = matrix(labels);
        double[][] z = matrix(activationFn.getActivation(preOutput.dup(), true));
        double[][] m = mask == null ? null : matrix(mask);
        check(y, z);
        double[][] gradient = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            gradient[i] = new double[z[i].length];
            if (kind == Kind.SIGMOID) {
                double[] p = sigmoid(z[i]);
                for (int j = 0; j < p.length; j++) {
                    double error = p[j] - y[i][j];
                    gradient[i][j] = (weights[j] * error + l1Weights[j] * Math.signum(error) * p[j] * (1 - p[j]))
                            * maskAt(m, i, j);
                }
            } else {
                double[] p = softmax(z[i]);
                double weightedLabels = 0;
                for (int j = 0; j < p.length; j++) {
                    weightedLabels += weights[j] * y[i][j] * maskAt(m, i, j);
                }
                for (int k = 0; k < p.length; k++) {
                    gradient[i][k] = p[k] * weightedLabels - weights[k] * y[i][k] * maskAt(m, i, k);
                }
            }
        }
        INDArray dLda = Nd4j.create(gradient).castTo(preOutput.dataType());
        return activationFn.backprop(preOutput.dup(), dLda).getFirst();
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
                                                          INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "LogitCrossEntropy(" + kind + ", " + Arrays.toString(weights)
                + (Arrays.stream(l1Weights).anyMatch(weight -> weight != 0) ? ", L1 " + Arrays.toString(l1Weights) : "")
                + ")";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogitCrossEntropy that && kind == that.kind && Arrays.equals(weights, that.weights)
                && Arrays.equals(l1Weights, that.l1Weights);
    }

    @Override
    public int hashCode() {
        return (31 * kind.hashCode() + Arrays.hashCode(weights)) * 31 + Arrays.hashCode(l1Weights);
    }

    private void check(double[][] labels, double[][] logits) {
        if (labels.length != logits.length || (logits.length > 0 && (logits[0].length != weights.length
                || labels[0].length != weights.length))) {
            throw new IllegalArgumentException("Labels, logits and the " + weights.length + " weights disagree in shape");
        }
    }

    private static double[][] matrix(INDArray array) {
        return array.castTo(DataType.DOUBLE).reshape(array.size(0), array.length() / array.size(0)).toDoubleMatrix();
    }

    /** A mask of one column masks the whole row, one of as many columns as the output masks each value. */
    private static double maskAt(double[][] mask, int row, int column) {
        return mask == null ? 1 : mask[row][mask[row].length == 1 ? 0 : column];
    }

    private static double[] sigmoid(double[] logits) {
        double[] p = new double[logits.length];
        for (int j = 0; j < logits.length; j++) {
            p[j] = logits[j] >= 0 ? 1 / (1 + Math.exp(-logits[j])) : Math.exp(logits[j]) / (1 + Math.exp(logits[j]));
        }
        return p;
    }

    private static double[] softmax(double[] logits) {
        double logSumExp = logSumExp(logits);
        double[] p = new double[logits.length];
        for (int j = 0; j < logits.length; j++) {
            p[j] = Math.exp(logits[j] - logSumExp);
        }
        return p;
    }

    private static double logSumExp(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (double logit : logits) {
            sum += Math.exp(logit - max);
        }
        return max + Math.log(sum);
    }
}
