package dev.localizer.engine.metrics;

import java.util.Objects;

import dev.localizer.engine.Box;
import dev.localizer.engine.scene.Scene;

/** The true label of one image, in its own pixels. */
public record GroundTruth(Box box, boolean present, String className) {

    public GroundTruth {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(className, "className");
    }

    public static GroundTruth of(Scene scene) {
        return new GroundTruth(scene.box(), scene.present(), scene.className());
    }
}
