package dev.localizer.engine.predict;

import dev.localizer.engine.Box;

/**
 * What a model says about one image.
 *
 * @param box                 the estimated box in the image's own pixels, clamped to the image (given even when the
 *                            object is judged absent)
 * @param presenceProbability the probability that the object is present
 * @param present             whether that probability reaches the predictor's threshold
 * @param className           the most probable class (the only class of a one-class model)
 * @param classProbability    its probability (1 for a one-class model)
 */
public record Prediction(Box box, double presenceProbability, boolean present, String className, double classProbability) {
}
