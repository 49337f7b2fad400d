package dev.localizer.engine.loss;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.nd4j.linalg.lossfunctions.ILossFunction;

import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;

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
 * cross-entropies; they keep them.) For training, the box layer adds an L1 term on its probabilities,
 * {@link #BOX_L1_SHARE} × box / 4 · |box_true − box_pred| per value, masked alike (see {@link #boxLoss}).
 * {@link #reference} computes the loss above, without that term, from predictions and true labels, for scorers,
 * validation and reports; {@link #floor} is its lowest possible value on given labels, since cross-entropy against
 * soft box targets never reaches 0. The L1 term is 0 there, so the floor is the training loss's floor too.
 */
public final class LocalizerLoss {

    /** In {@link #reference}, probabilities are clipped to [ε, 1−ε] before taking logarithms, as Keras does. */
    public static final double EPSILON = 1e-7;

    private LocalizerLoss() {
    }

    /**
     * The weight of the box output's L1 term in training, relative to its cross-entropy. Near the true box the
     * cross-entropy's gradient shrinks with the error, so boxes a few pixels off barely pulled, and on small sprites
     * training ran out of time with the boxes still improving: with the term, the robustness benchmark's 3-class
     * small-sprite row (10 minutes) reached a held-out mean IoU of 0.865 instead of 0.797 in the same setting.
     */
    public static final double BOX_L1_SHARE = 1.0;

    /**
     * The DL4J loss of the box output (4 logits, sigmoid at prediction), to be masked by presence: the cross-entropy
     * of the reference plus the L1 term weighted by {@link #BOX_L1_SHARE}.
     */
    public static ILossFunction boxLoss(LossWeights weights) {
        return new LogitCrossEntropy(LogitCrossEntropy.Kind.SIGMOID, filled(4, weights.box() / 4),
                filled(4, BOX_L1_SHARE * weights.box() / 4));
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

    /**
     * The loss of the predictions against the truth, averaged over the images. It needs each image's size (width,
     * height) to normalize its true box.
     *
     * @throws LocalizerException when an object's class has no probability among the predictions of a model with
     *                            several classes (its class term is then undefined)
     */
    public static double reference(List<Label> truth, List<Prediction> predictions, List<int[]> imageSizes,
            LossWeights weights) {
        if (predictions.size() != truth.size() || imageSizes.size() != truth.size()) {
            throw new IllegalArgumentException("Got " + predictions.size() + " predictions and " + imageSizes.size()
                    + " image sizes for " + truth.size() + " labels");
        }
        if (truth.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (int i = 0; i < truth.size(); i++) {
            total += imageLoss(predictions.get(i), truth.get(i), imageSizes.get(i), weights);
        }
        return total / truth.size();
    }

    /**
     * The loss of perfect predictions: the weighted binary entropy of the normalized true boxes of images with an
     * object. No network can score below it.
     */
    public static double floor(List<Label> truth, List<int[]> imageSizes, LossWeights weights) {
        if (truth.isEmpty()) {
            return Double.NaN;
        }
        double total = 0;
        for (int i = 0; i < truth.size(); i++) {
            Label label = truth.get(i);
            if (label.present()) {
                double[] box = normalizedBox(label, imageSizes.get(i));
                double entropy = 0;
                for (int j = 0; j < 4; j++) {
                    entropy += crossEntropy(box[j], box[j]);
                }
                total += weights.box() * entropy / 4;
            }
        }
        return total / truth.size();
    }

    private static double imageLoss(Prediction prediction, Label label, int[] imageSize, LossWeights weights) {
        double presence = label.present() ? 1 : 0;
        double loss = weights.presence() * crossEntropy(presence, prediction.presenceProbability());
        if (label.present()) {
            double[] trueBox = normalizedBox(label, imageSize);
            double[] predictedBox = prediction.normalizedBox(imageSize[0], imageSize[1]);
            double box = 0;
            for (int j = 0; j < 4; j++) {
                box += crossEntropy(trueBox[j], predictedBox[j]);
            }
            loss += weights.box() * box / 4;
            Map<String, Double> classProbabilities = prediction.classProbabilities();
            if (classProbabilities.size() > 1) {
                Double probability = classProbabilities.get(label.className());
                if (probability == null) {
                    throw new LocalizerException("An object has class '" + label.className() + "', which is not one of "
                            + "the model's classes " + classProbabilities.keySet() + ": use images of these classes only");
                }
                loss -= weights.classes() * Math.log(clip(probability));
            }
        }
        return loss;
    }

    private static double[] normalizedBox(Label label, int[] imageSize) {
        return label.box().toNormalized(imageSize[0], imageSize[1]);
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
