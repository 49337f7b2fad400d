package dev.localizer.engine.loss;

import java.util.Arrays;
import java.util.List;

import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The masked, weighted localizer loss, per image:
 *
 * <pre>
 *   box · mean₄ BCE(box_true, box_pred) · present  +  presence · BCE(present, presence_pred)
 *   + classes · CE(class_true, class_pred) · present          (only with more than one class)
 * </pre>
 *
 * averaged over the batch (images without an object still count in the average, as in the reference).
 *
 * <p>The network computes it with one DL4J output layer per term, from the layers' logits ({@link LogitCrossEntropy}:
 * its gradient does not vanish where an output saturates): the presence column is the label mask of the box and
 * class outputs, and the cross-entropies sum over their outputs, hence the box weight divided by 4. (Models saved
 * before format version 2 have sigmoid and softmax output layers trained with DL4J's probability-based
 * cross-entropies; they keep them.)
 * {@link #reference} computes the same value from plain numbers, for scorers and reports; {@link #floor} is its
 * lowest possible value on given targets, since cross-entropy against soft box targets never reaches 0.
 */
public final class LocalizerLoss {

    /** In {@link #reference}, probabilities are clipped to [ε, 1−ε] before taking logarithms, as Keras does. */
    public static final double EPSILON = 1e-7;

    private LocalizerLoss() {
    }

    /** The DL4J loss of the box output (4 logits, sigmoid at prediction), to be masked by presence. */
    public static ILossFunction boxLoss(LossWeights weights) {
        return new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, filled(4, weights.box() / 4));
    }

    /** The DL4J loss of the presence output (1 logit, sigmoid at prediction). */
    public static ILossFunction presenceLoss(LossWeights weights) {
        return new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, filled(1, weights.presence()));
    }

    /** The DL4J loss of the class output ({@code classCount} logits, softmax at prediction), to be masked by presence. */
    public static ILossFunction classLoss(LossWeights weights, int classCount) {
        return new LogitCrossEntropy(LogitCrossEntropy.Kind.SOFTMAX, filled(classCount, weights.classes()));
    }

    private static double[] filled(int count, double value) {
        double[] values = new double[count];
        Arrays.fill(values, value);
        return values;
    }

    /** The loss of the given estimates against their targets, averaged over the images. */
    public static double reference(List<Estimate> estimates, List<Target> targets, LossWeights weights) {
        if (estimates.size() != targets.size()) {
            throw new IllegalArgumentException("Got " + estimates.size() + " estimates for " + targets.size() + " targets");
        }
        if (targets.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (int i = 0; i < targets.size(); i++) {
            total += imageLoss(estimates.get(i), targets.get(i), weights);
        }
        return total / targets.size();
    }

    /**
     * The loss of perfect estimates: the weighted binary entropy of the box targets of images with an object.
     * No network can score below it.
     */
    public static double floor(List<Target> targets, LossWeights weights) {
        if (targets.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (Target target : targets) {
            if (target.present()) {
                double entropy = 0;
                for (int j = 0; j < 4; j++) {
                    entropy += crossEntropy(target.boxValue(j), target.boxValue(j));
                }
                total += weights.box() * entropy / 4;
            }
        }
        return total / targets.size();
    }

    private static double imageLoss(Estimate estimate, Target target, LossWeights weights) {
        double presence = target.present() ? 1 : 0;
        double loss = weights.presence() * crossEntropy(presence, estimate.presence());
        if (target.present()) {
            double box = 0;
            for (int j = 0; j < 4; j++) {
                box += crossEntropy(target.boxValue(j), estimate.boxValue(j));
            }
            loss += weights.box() * box / 4;
            if (estimate.classCount() > 1) {
                loss -= weights.classes() * Math.log(clip(estimate.classProbability(target.classIndex())));
            }
        }
        return loss;
    }

    /** Binary cross-entropy of a target probability against a predicted one. */
    static double crossEntropy(double target, double predicted) {
        double p = clip(predicted);
        return -(target * Math.log(p) + (1 - target) * Math.log(1 - p));
    }

    private static double clip(double probability) {
        return Math.max(EPSILON, Math.min(1 - EPSILON, probability));
    }
}
