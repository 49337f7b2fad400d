package dev.localizer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.localizer.engine.Box;
import dev.localizer.engine.loss.Estimate;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.metrics.Evaluation;
import dev.localizer.engine.metrics.GroundTruth;
import dev.localizer.engine.metrics.Metrics;

/**
 * How well predictions match the truth, as the score command shows it: the engine's metrics plus the training loss
 * (DESIGN.md) on these predictions and that loss's floor. Values that cannot be computed are NaN, shown as {@code n/a} in text and
 * {@code null} in JSON.
 */
record Score(Metrics metrics, double referenceLoss, double lossFloor) {

    /**
     * Scores answers against the truth, image by image, with the engine's {@link Evaluation}. The loss needs the
     * images' sizes (width, height) to normalize the true boxes; without them ({@code imageSizes} null) it is not
     * computed.
     */
    static Score of(List<GroundTruth> truth, Estimation answers, List<String> classNames, List<int[]> imageSizes,
            LossWeights weights) {
        Evaluation evaluation = Evaluation.of(truth, answers.predictions(), answers.estimates(), classNames, imageSizes,
                weights);
        return new Score(evaluation.metrics(), evaluation.referenceLoss(), evaluation.lossFloor());
    }

    /** The estimate a predictions CSV row stands for, in an image of the given size. */
    static Estimate estimateOf(PredictionsCsv.Row row, int width, int height) {
        Box box = row.box();
        double[] classProbabilities = row.classProbabilities().values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Estimate(box.toNormalized(width, height), row.presenceProbability(), classProbabilities);
    }

    /** The metrics under the keys of the score JSON, in a fixed order; NaN becomes null. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("images", metrics.images());
        json.put("with_object", metrics.withObject());
        json.put("true_positives", metrics.truePositives());
        json.put("false_positives", metrics.falsePositives());
        json.put("false_negatives", metrics.falseNegatives());
        json.put("detection_accuracy", orNull(metrics.detectionAccuracy()));
        json.put("precision", orNull(metrics.precision()));
        json.put("recall", orNull(metrics.recall()));
        json.put("f1", orNull(metrics.f1()));
        json.put("mean_iou", orNull(metrics.meanIou()));
        json.put("class_accuracy", orNull(metrics.classAccuracy()));
        json.put("reference_loss", orNull(referenceLoss));
        json.put("loss_floor", orNull(lossFloor));
        return json;
    }

    String toText() {
        int right = metrics.images() - metrics.falsePositives() - metrics.falseNegatives();
        StringBuilder text = new StringBuilder();
        line(text, "Images", metrics.images() + " (" + metrics.withObject() + " with an object)");
        line(text, "Detection accuracy", number(metrics.detectionAccuracy()) + "  (" + right + " right, "
                + metrics.falseNegatives() + " missed, " + metrics.falsePositives() + " false alarms)");
        line(text, "Precision", number(metrics.precision()));
        line(text, "Recall", number(metrics.recall()));
        line(text, "F1", number(metrics.f1()));
        line(text, "Mean IoU", number(metrics.meanIou()) + "  (boxes of the " + metrics.truePositives() + " objects found)");
        line(text, "Class accuracy", number(metrics.classAccuracy()));
        line(text, "Reference loss", number(referenceLoss) + (Double.isNaN(lossFloor) ? "" : "  (floor " + number(lossFloor) + ")"));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(String.format(Locale.ROOT, "%-20s%s%n", name + ":", value));
    }

    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static Double orNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
