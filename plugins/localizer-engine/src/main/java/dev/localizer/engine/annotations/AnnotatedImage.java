package dev.localizer.engine.annotations;

import dev.localizer.engine.Label;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One image of an annotation set: where it is, its size in pixels (as displayed, i.e. after its EXIF
 * orientation), and its labelled objects, none when the image shows no object.
 */
public record AnnotatedImage(Path image, int width, int height, List<Label> objects) {

    public AnnotatedImage {
        Objects.requireNonNull(image, "image");
        objects = List.copyOf(objects);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive, got " + width + "×" + height);
        }
    }
}
