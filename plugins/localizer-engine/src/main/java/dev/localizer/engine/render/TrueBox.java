package dev.localizer.engine.render;

import java.util.Objects;

import dev.localizer.engine.Box;

/** Where the object really is, and its class (may be empty). */
public record TrueBox(Box box, String className) {

    public TrueBox {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(className, "className");
    }
}
