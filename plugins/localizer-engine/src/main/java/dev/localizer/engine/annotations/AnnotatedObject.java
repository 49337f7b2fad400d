package dev.localizer.engine.annotations;

import java.util.Objects;

import dev.localizer.engine.Box;

/** One labelled object of an annotated image: its class name and its box in the image's pixels. */
public record AnnotatedObject(String className, Box box) {

    public AnnotatedObject {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(box, "box");
    }
}
