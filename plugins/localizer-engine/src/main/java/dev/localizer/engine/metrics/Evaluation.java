package dev.localizer.engine.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.loss.Estimate;
import dev.localizer.engine.loss.LocalizerLoss;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.loss.Target;
import dev.localizer.engine.predict.Prediction;

/**
 * Everything said about predictions against the truth: the {@link Metrics} with CorLoc and AP@0.5, overall and for
 * each true class, and the training loss on the predictions with its floor when the raw estimates are known.
 *
 * @param overall       every image, classes ignored for CorLoc and AP
 * @param byClass       for each class of the truth (in name order) when it has several: that class against the
 *                      rest, an object counting as found only when predicted present with that class; empty for
 *                      truth of one class, where it would repeat the overall scores
 * @param referenceLoss the training loss (DESIGN.md) of the estimates against the truth, NaN when not computed
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

    /** Scores without the loss (raw estimates unknown). */
    public static Evaluation of(List<GroundTruth> truth, List<Prediction> predictions) {
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
     * Scores with the loss of the raw estimates against the truth. The loss needs each image's size (width, height)
     * to normalize its true box; without sizes ({@code imageSizes} null), or when a truth's class is unknown to a
     * model of several classes (see {@link #targets}), the loss and floor are NaN.
     */
    public static Evaluation of(List<GroundTruth> truth, List<Prediction> predictions, List<Estimate> estimates,
            List<String> classNames, List<int[]> imageSizes, LossWeights weights) {
        Evaluation scores = of(truth, predictions);
        List<Target> targets = imageSizes == null ? null : targets(truth, classNames, imageSizes);
        if (targets == null) {
            return scores;
        }
        return new Evaluation(scores.overall, scores.byClass, LocalizerLoss.reference(estimates, targets, weights),
                LocalizerLoss.floor(targets, weights));
    }

    /**
     * The loss targets of the truth, or null when an object's class is unknown to a model with several classes (its
     * loss term is then undefined). A one-class model has no class head, so its labels' class names do not matter.
     * {@code imageSizes} holds width and height per image.
     */
    public static List<Target> targets(List<GroundTruth> truth, List<String> classNames, List<int[]> imageSizes) {
        List<Target> targets = new ArrayList<>(truth.size());
        for (int i = 0; i < truth.size(); i++) {
            GroundTruth label = truth.get(i);
            if (classNames.size() == 1 && label.present()) {
                label = new GroundTruth(label.box(), true, classNames.get(0));
            }
            int[] size = imageSizes.get(i);
            try {
                targets.add(Target.of(label, size[0], size[1], classNames));
            } catch (LocalizerException unknownClass) {
                return null;
            }
        }
        return targets;
    }

    /** The overall metrics, as {@link Metrics#of} gives them. */
    public Metrics metrics() {
        return overall.metrics();
    }

    private static Scores scores(List<GroundTruth> truth, List<Prediction> predictions) {
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

    private static boolean localizes(Prediction prediction, GroundTruth truth) {
        return truth.present() && Metrics.iou(truth.box(), prediction.box()) >= LOCALIZED_IOU;
    }

    private static double averagePrecision(List<GroundTruth> truth, List<Prediction> predictions, int objects) {
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

    private static TreeSet<String> classesOf(List<GroundTruth> truth) {
        TreeSet<String> classes = new TreeSet<>();
        for (GroundTruth label : truth) {
            if (label.present()) {
                classes.add(label.className());
            }
        }
        return classes;
    }

    /** The truth as "an object of this class or not". */
    private static List<GroundTruth> truthOfClass(List<GroundTruth> truth, String className) {
        return truth.stream().map(label -> label.present() && label.className().equals(className) ? label
                : new GroundTruth(label.box(), false, "")).toList();
    }

    /**
     * The predictions as "an object of this class or not": a prediction of another class is no detection of this
     * one (presence probability 0 for the ranking of AP).
     */
    private static List<Prediction> predictionsOfClass(List<Prediction> predictions, String className) {
        return predictions.stream().map(prediction -> prediction.className().equals(className) ? prediction
                : new Prediction(prediction.box(), 0, false, prediction.className(), prediction.classProbability()))
                .toList();
    }
}
