package dev.localizer.engine.render;

import java.util.Objects;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;

/**
 * What a model says: the box, the probability that an object is present, and optionally the class with its
 * probability (an empty class name and {@code NaN} when the model knows one class only).
 */
public record PredictedBox(Box box, double presenceProbability, String className, double classProbability) {

    public PredictedBox {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(className, "className");
        if (!(presenceProbability >= 0 && presenceProbability <= 1)) {
            throw new LocalizerException("The presence probability " + presenceProbability + " must be between 0 and 1");
        }
        if (!Double.isNaN(classProbability) && !(classProbability >= 0 && classProbability <= 1)) {
            throw new LocalizerException("The class probability " + classProbability + " must be between 0 and 1 (or NaN for none)");
        }
    }

    /** A prediction without a class. */
    public static PredictedBox of(Box box, double presenceProbability) {
        return new PredictedBox(box, presenceProbability, "", Double.NaN);
    }
}
