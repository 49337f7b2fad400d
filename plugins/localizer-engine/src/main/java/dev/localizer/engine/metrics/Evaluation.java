package dev.localizer.engine.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;

/**
 * Everything said about predictions against the truth: the {@link Metrics} with CorLoc and AP@0.5, overall and for
 * each true class, and the reference loss on the predictions with its floor when the images' sizes are known.
 *
 * @param overall       every image, classes ignored for CorLoc and AP
 * @param byClass       for each class of the truth (in name order) when it has several: that class against the
 *                      rest, an object counting as found only when predicted present with that class; empty for
 *                      truth of one class, where it would repeat the overall scores
 * @param referenceLoss the reference loss ({@link LocalizerLoss}) of the predictions against the truth, NaN when not
 *                      computed
 * @param lossFloor     that loss's lowest possible value for this truth, NaN when not computed
 */
public record Evaluation(Scores overall, Map<String, Scores> byClass, double referenceLoss, double lossFloor) {

    /** The IoU from which a found object counts as localized, for CorLoc and AP. */
    public static final double LOCALIZED_IOU = 0.5;

    /**
     * Scores of one group of images.
     *
     * @param metrics          detection counts and ratios, mean IoU, class accuracy
     * @param corLoc           share of the objects found (predicted present) with IoU at least {@value #LOCALIZED_IOU}
     *                         (NaN without objects)
     * @param averagePrecision AP@0.5: the area under the precision-recall curve of the predictions ranked by presence
     *                         probability (0: no detection), a prediction being right when it localizes an object
     *                         with IoU at least {@value #LOCALIZED_IOU}; every point of the curve, precision made
     *                         non-increasing (NaN without objects)
     */
    public record Scores(Metrics metrics, double corLoc, double averagePrecision) {
    }

    /** Scores without the loss. */
    public static Evaluation of(List<Label> truth, List<Prediction> predictions) {
        Scores overall = scores(truth, predictions);
        Map<String, Scores> byClass = new LinkedHashMap<>();
        TreeSet<String> classes = classesOf(truth);
        if (classes.size() > 1) {
            for (String className : classes) {
                byClass.put(className, scores(truthOfClass(truth, className), predictionsOfClass(predictions, className)));
            }
        }
        return new Evaluation(overall, Collections.unmodifiableMap(byClass), Double.NaN, Double.NaN);
    }

    /**
     * Scores with the loss of the predictions against the truth. The loss needs each image's size (width, height) to
     * normalize its true box; without sizes ({@code imageSizes} null), when the predictions do not give what the
     * class term needs ({@link #lossIsDefined}), or when an object's class is not among the class probabilities of a
     * model with several classes, the loss and floor are NaN. A one-class model has no class term, so the class
     * names of its labels do not matter.
     */
    public static Evaluation of(List<Label> truth, List<Prediction> predictions, List<int[]> imageSizes,
            LossWeights weights) {
        Evaluation scores = of(truth, predictions);
        if (imageSizes == null || !lossIsDefined(predictions)) {
            return scores;
        }
        try {
            return new Evaluation(scores.overall, scores.byClass,
                    LocalizerLoss.reference(truth, predictions, imageSizes, weights),
                    LocalizerLoss.floor(truth, imageSizes, weights));
        } catch (LocalizerException unknownClass) {
            return scores;
        }
    }

    /**
     * Whether the loss of these predictions can be computed: each gives every class's probability (a model with
     * several classes), or together they name at most one class (a one-class model, whose loss has no class term).
     * Predictions of several classes with only the most probable one's probability, as a table may hold them, lack
     * the true class's probability that the class term needs.
     */
    public static boolean lossIsDefined(List<Prediction> predictions) {
        return predictions.stream().allMatch(prediction -> prediction.classProbabilities().size() > 1)
                || predictions.stream().map(Prediction::className).distinct().count() <= 1;
    }

    /** The overall metrics, as {@link Metrics#of} gives them. */
    public Metrics metrics() {
        return overall.metrics();
    }

    private static Scores scores(List<Label> truth, List<Prediction> predictions) {
        Metrics metrics = Metrics.of(truth, predictions);
        int localized = 0;
        for (int i = 0; i < truth.size(); i++) {
            if (localizes(predictions.get(i), truth.get(i)) && predictions.get(i).present()) {
                localized++;
            }
        }
        double corLoc = metrics.withObject() == 0 ? Double.NaN : localized / (double)metrics.withObject();
        return new Scores(metrics, corLoc, averagePrecision(truth, predictions, metrics.withObject()));
    }

    private static boolean localizes(Prediction prediction, Label truth) {
        return truth.present() && Metrics.iou(truth.box(), prediction.box()) >= LOCALIZED_IOU;
    }

    private static double averagePrecision(List<Label> truth, List<Prediction> predictions, int objects) {
        if (objects == 0) {
            return Double.NaN;
        }
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.get(i).presenceProbability() > 0) {
                ranked.add(i);
            }
        }
        ranked.sort(Comparator.comparingDouble((Integer i) -> predictions.get(i).presenceProbability()).reversed());
        int n = ranked.size();
        double[] precision = new double[n];
        double[] recall = new double[n];
        int right = 0;
        for (int k = 0; k < n; k++) {
            int image = ranked.get(k);
            if (localizes(predictions.get(image), truth.get(image))) {
                right++;
            }
            precision[k] = right / (double)(k + 1);
            recall[k] = right / (double)objects;
        }
        for (int k = n - 2; k >= 0; k--) {
            precision[k] = Math.max(precision[k], precision[k + 1]);
        }
        double area = 0;
        double previousRecall = 0;
        for (int k = 0; k < n; k++) {
            area += (recall[k] - previousRecall) * precision[k];
            previousRecall = recall[k];
        }
        return area;
    }

    private static TreeSet<String> classesOf(List<Label> truth) {
        TreeSet<String> classes = new TreeSet<>();
        for (Label label : truth) {
            if (label.present()) {
                classes.add(label.className());
            }
        }
        return classes;
    }

    /** The truth as "an object of this class or not". */
    private static List<Label> truthOfClass(List<Label> truth, String className) {
        return truth.stream().map(label -> label.present() && label.className().equals(className) ? label
                : Label.ABSENT).toList();
    }

    /**
     * The predictions as "an object of this class or not": a prediction of another class is no detection of this
     * one (presence probability 0 for the ranking of AP).
     */
    private static List<Prediction> predictionsOfClass(List<Prediction> predictions, String className) {
        return predictions.stream().map(prediction -> prediction.className().equals(className) ? prediction
                : prediction.withoutDetection()).toList();
    }
}
