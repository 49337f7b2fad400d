package dev.localizer.engine.loss;

import dev.localizer.engine.LocalizerException;

/**
 * Weights of the three terms of the localizer loss: box cross-entropy (counted only where an object is present),
 * presence cross-entropy, and class cross-entropy (counted only where an object is present; used with more than
 * one class).
 */
public record LossWeights(double box, double presence, double classes) {

    /** The reference weights: 3.0 box, 0.5 presence, and 1.0 for the class head. */
    public static final LossWeights DEFAULT = new LossWeights(3.0, 0.5, 1.0);

    public LossWeights {
        check("box", box);
        check("presence", presence);
        check("class", classes);
    }

    private static void check(String term, double weight) {
        if (!Double.isFinite(weight) || weight < 0) {
            throw new LocalizerException("The " + term + " loss weight must be a finite number ≥ 0, got " + weight
                    + "; the defaults are " + "box 3.0, presence 0.5, class 1.0");
        }
    }
}
