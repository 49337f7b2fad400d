package dev.localizer.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a model says about one image. The predictor makes them, the predictions CSV and the Predictor node's table
 * keep them, the renderer draws them, the metrics and the loss score them.
 *
 * @param box                 the estimated box in the image's own pixels, clamped to the image (given even when the
 *                            object is judged absent)
 * @param presenceProbability the probability that an object is present
 * @param present             whether that probability reached the predictor's threshold
 * @param className           the most probable class (the only class of a one-class model); empty when not known
 * @param classProbability    its probability (1 for a one-class model); {@code NaN} when not known
 * @param classProbabilities  every class's probability by class name, in the model's class order; empty for a
 *                            one-class model, or when only the most probable class is known
 * @param networkBox          the network's own box, {@code top/H, left/W, height/H, width/W} before it was clamped to
 *                            the image, when the prediction comes straight from a model: the loss needs it exactly
 */
public record Prediction(Box box, double presenceProbability, boolean present, String className,
                         double classProbability, Map<String, Double> classProbabilities,
                         Optional<double[]> networkBox) {

    public Prediction {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(classProbabilities, "classProbabilities");
        Objects.requireNonNull(networkBox, "networkBox");
        requireProbability("presence probability", presenceProbability);
        if (!Double.isNaN(classProbability)) {
            requireProbability("class probability", classProbability);
        }
        classProbabilities.forEach((name, probability) -> requireProbability("probability of class " + name, probability));
        classProbabilities = Collections.unmodifiableMap(new LinkedHashMap<>(classProbabilities));
        networkBox = networkBox.map(double[]::clone);
        networkBox.ifPresent(values -> {
            if (values.length != 4) {
                throw new IllegalArgumentException("A normalized box has 4 values, got " + values.length);
            }
        });
    }

    /** A prediction read from a table or file: no class probabilities beside the most probable one, no network box. */
    public static Prediction of(Box box, double presenceProbability, boolean present, String className,
            double classProbability) {
        return new Prediction(box, presenceProbability, present, className, classProbability, Map.of(), Optional.empty());
    }

    @Override
    public Optional<double[]> networkBox() {
        return networkBox.map(double[]::clone);
    }

    /**
     * The box as the network would have given it for a {@code width × height} image: its own values when known,
     * else the pixel box normalized.
     */
    public double[] normalizedBox(int width, int height) {
        return networkBox.map(double[]::clone).orElseGet(() -> box.toNormalized(width, height));
    }

    /** This prediction with presence decided anew: present when its presence probability reaches the threshold. */
    public Prediction decidedAt(double threshold) {
        return new Prediction(box, presenceProbability, presenceProbability >= threshold, className, classProbability,
                classProbabilities, networkBox);
    }

    /**
     * This prediction as no detection at all (presence probability 0, not present): what a prediction of another
     * class is when one class is scored against the rest.
     */
    public Prediction withoutDetection() {
        return new Prediction(box, 0, false, className, classProbability, classProbabilities, networkBox);
    }

    private static void requireProbability(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new LocalizerException("The " + what + " " + value + " must be between 0 and 1");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prediction that && box.equals(that.box)
                && Double.compare(presenceProbability, that.presenceProbability) == 0 && present == that.present
                && className.equals(that.className) && Double.compare(classProbability, that.classProbability) == 0
                && classProbabilities.equals(that.classProbabilities)
                && networkBox.isPresent() == that.networkBox.isPresent()
                && (networkBox.isEmpty() || Arrays.equals(networkBox.get(), that.networkBox.get()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(box, presenceProbability, present, className, classProbability, classProbabilities,
                networkBox.map(Arrays::hashCode).orElse(0));
    }
}
