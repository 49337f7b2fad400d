package dev.localizer.engine.scene;

import java.awt.image.BufferedImage;
import java.util.Objects;

import dev.localizer.engine.Label;

/** One labelled image: the RGB picture and the truth about its object, in its pixels. */
public record Scene(BufferedImage image, Label label) {

    public Scene {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(label, "label");
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /** Width and height, as the loss takes image sizes. */
    public int[] size() {
        return new int[] {width(), height()};
    }
}
