package dev.localizer.engine.annotations;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an annotation file or folder says, whatever its format.
 *
 * @param root       the folder the images' names are relative to; every image lies inside it
 * @param images     the images, in the order the source lists them
 * @param classNames the classes, in the order the source defines them (COCO category, YOLO index) or, where it
 *                   defines none (Pascal VOC), alphabetically
 */
public record Annotations(Path root, List<AnnotatedImage> images, List<String> classNames) {

    public Annotations {
        Objects.requireNonNull(root, "root");
        images = List.copyOf(images);
        classNames = List.copyOf(classNames);
    }

    /** The image's name relative to {@link #root()}, with {@code /} between folders, as annotation files give it. */
    public String relativeName(AnnotatedImage image) {
        return root.relativize(image.image()).toString().replace(image.image().getFileSystem().getSeparator(), "/");
    }
}
