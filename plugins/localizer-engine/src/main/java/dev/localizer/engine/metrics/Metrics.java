package dev.localizer.engine.metrics;

import java.util.List;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;

/**
 * How well predictions match the truth. Detection counts use each prediction's {@code present} flag (i.e. the
 * predictor's threshold); a true positive is an image with an object that was predicted present.
 *
 * @param images            images scored
 * @param withObject        images whose object is present
 * @param truePositives     present and predicted present
 * @param falsePositives    absent but predicted present
 * @param falseNegatives    present but predicted absent
 * @param detectionAccuracy share of images whose presence was predicted right
 * @param precision         truePositives / predicted present (NaN when nothing was predicted present)
 * @param recall            truePositives / withObject (NaN without objects)
 * @param f1                harmonic mean of precision and recall (NaN when either is NaN or both are 0)
 * @param meanIou           mean IoU of the true positives' boxes (NaN without true positives)
 * @param classAccuracy     share of images with an object whose class was predicted right (NaN without objects)
 */
public record Metrics(int images, int withObject, int truePositives, int falsePositives, int falseNegatives,
                      double detectionAccuracy, double precision, double recall, double f1, double meanIou,
                      double classAccuracy) {

    /** Scores predictions against the truth, image by image. */
    public static Metrics of(List<Label> truth, List<Prediction> predictions) {
        if (truth.size() != predictions.size()) {
            throw new IllegalArgumentException("Got " + predictions.size() + " predictions for " + truth.size() + " images");
        }
        int withObject = 0;
        int truePositives = 0;
        int falsePositives = 0;
        int trueNegatives = 0;
        int rightClasses = 0;
        double iouSum = 0;
        for (int i = 0; i < truth.size(); i++) {
            Label expected = truth.get(i);
            Prediction actual = predictions.get(i);
            if (expected.present()) {
                withObject++;
                if (expected.className().equals(actual.className())) {
                    rightClasses++;
                }
                if (actual.present()) {
                    truePositives++;
                    iouSum += iou(expected.box(), actual.box());
                }
            } else if (actual.present()) {
                falsePositives++;
            } else {
                trueNegatives++;
            }
        }
        int images = truth.size();
        int falseNegatives = withObject - truePositives;
        double precision = ratio(truePositives, truePositives + falsePositives);
        double recall = ratio(truePositives, withObject);
        double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : Double.NaN;
        return new Metrics(images, withObject, truePositives, falsePositives, falseNegatives,
                ratio(truePositives + trueNegatives, images), precision, recall, f1, ratio(iouSum, truePositives),
                ratio(rightClasses, withObject));
    }

    /** Intersection over union of two boxes; 0 when they do not overlap or both are empty. */
    public static double iou(Box a, Box b) {
        double overlapHeight = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        double overlapWidth = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        if (overlapHeight <= 0 || overlapWidth <= 0) {
            return 0;
        }
        double intersection = overlapHeight * overlapWidth;
        return intersection / (a.area() + b.area() - intersection);
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
