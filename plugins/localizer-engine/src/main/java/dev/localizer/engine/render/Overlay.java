package dev.localizer.engine.render;

import java.util.Objects;
import java.util.Optional;

import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.scene.Scene;

/**
 * What to draw on a picture: the true box of its object and/or a predicted box, either of which may be absent.
 *
 * @param truth      the true label, only of a present object (the renderer draws its box and class)
 * @param prediction what a model said (the renderer draws it when its presence probability reaches the style's
 *                   threshold)
 */
public record Overlay(Optional<Label> truth, Optional<Prediction> prediction) {

    public Overlay {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(prediction, "prediction");
        if (truth.isPresent() && !truth.get().present()) {
            throw new IllegalArgumentException("An overlay's truth is an object, not an image's absence of one");
        }
    }

    public static Overlay none() {
        return new Overlay(Optional.empty(), Optional.empty());
    }

    /** The scene's true box when its object is present, nothing otherwise. */
    public static Overlay truthOf(Scene scene) {
        return none().withTruth(scene.label());
    }

    /** This overlay with the label's box as the truth when its object is present; unchanged for an absent one. */
    public Overlay withTruth(Label label) {
        return label.present() ? new Overlay(Optional.of(label), prediction) : this;
    }

    public Overlay withPrediction(Prediction newPrediction) {
        return new Overlay(truth, Optional.of(newPrediction));
    }
}
