package dev.localizer.engine.render;

import java.util.Objects;
import java.util.Optional;

import dev.localizer.engine.scene.Scene;

/** What to draw on a scene: its true box and/or a predicted box, either of which may be absent. */
public record Overlay(Optional<TrueBox> truth, Optional<PredictedBox> prediction) {

    public Overlay {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(prediction, "prediction");
    }

    public static Overlay none() {
        return new Overlay(Optional.empty(), Optional.empty());
    }

    /** The scene's true box when its object is present, nothing otherwise. */
    public static Overlay truthOf(Scene scene) {
        return scene.present() ? new Overlay(Optional.of(new TrueBox(scene.box(), scene.className())), Optional.empty())
                : none();
    }

    public Overlay withTruth(TrueBox newTruth) {
        return new Overlay(Optional.of(newTruth), prediction);
    }

    public Overlay withPrediction(PredictedBox newPrediction) {
        return new Overlay(truth, Optional.of(newPrediction));
    }
}
