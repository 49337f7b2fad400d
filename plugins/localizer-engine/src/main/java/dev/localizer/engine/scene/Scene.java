package dev.localizer.engine.scene;

import java.awt.image.BufferedImage;
import java.util.Objects;

import dev.localizer.engine.Box;

/**
 * One labelled image: the RGB picture, the object's box in its pixels ({@link Box#NONE} when absent), whether
 * the object is present, and its class name.
 */
public record Scene(BufferedImage image, Box box, boolean present, String className) {

    public Scene {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(className, "className");
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }
}
