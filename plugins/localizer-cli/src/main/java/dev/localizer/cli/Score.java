package dev.localizer.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.localizer.engine.metrics.Evaluation;
import dev.localizer.engine.metrics.Metrics;

/**
 * The engine's {@link Evaluation} of predictions as the score command shows it, in text and JSON. Values that could
 * not be computed are NaN, shown as {@code n/a} in text and {@code null} in JSON.
 */
record Score(Evaluation evaluation) {

    /** The metrics under the keys of the score JSON, in a fixed order; NaN becomes null. */
    Map<String, Object> toJson() {
        Metrics metrics = evaluation.metrics();
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
        json.put("reference_loss", orNull(evaluation.referenceLoss()));
        json.put("loss_floor", orNull(evaluation.lossFloor()));
        return json;
    }

    String toText() {
        Metrics metrics = evaluation.metrics();
        double lossFloor = evaluation.lossFloor();
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
        line(text, "Reference loss", number(evaluation.referenceLoss()) + (Double.isNaN(lossFloor) ? "" : "  (floor " + number(lossFloor) + ")"));
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
