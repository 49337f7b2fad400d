package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.localizer.engine.Box;
import dev.localizer.engine.ClassNames;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.image.ExifOrientation;

/**
 * The checks every annotation reader makes, with messages that start with where the problem is ({@code where}:
 * the file and its line or element).
 */
final class AnnotationChecks {

    /** Annotation files larger than this are refused before parsing: no hand-made annotation is near it. */
    static final long MAX_ANNOTATION_BYTES = 256L * 1024 * 1024;

    /** The file name endings of the pictures the engine reads. */
    static final List<String> IMAGE_ENDINGS = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    /** Half-way rounding of coordinates written as decimals is tolerated at an image's edge, and clamped. */
    private static final double EDGE_TOLERANCE = 1e-6;

    private AnnotationChecks() {
    }

    /** The image a source names, inside {@code root}, that must exist. */
    static Path image(Path root, String name, String where) {
        if (name == null || name.isBlank()) {
            throw new LocalizerException(where + "no image file is named; give the image's file name");
        }
        Path image = root.resolve(name.strip()).normalize();
        if (!image.startsWith(root.normalize())) {
            throw new LocalizerException(where + "the image " + name + " lies outside " + root
                    + "; keep the images in the folder of the annotations");
        }
        if (!Files.isRegularFile(image)) {
            throw new LocalizerException(where + "the image " + name + " does not exist in " + root
                    + "; add it or remove its annotation");
        }
        return image;
    }

    /**
     * The picture's width and height as shown (after its EXIF orientation), read from its header without decoding
     * the pixels.
     */
    static int[] size(Path image, String where) {
        try (ImageInputStream input = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new LocalizerException(where + "the file " + image + " is not a PNG, JPEG, GIF or BMP image;"
                        + " convert it to one of those formats");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return ExifOrientation.of(image).swapsSides() ? new int[] {height, width} : new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LocalizerException known) {
                throw known;
            }
            throw new LocalizerException(where + "the image " + image + " cannot be read (" + e.getMessage()
                    + "); replace it with a readable PNG or JPEG file", e);
        }
    }

    /** The size an annotation declares, which must be the picture's. */
    static void declaredSize(int declaredWidth, int declaredHeight, int[] actual, Path image, String where) {
        if (declaredWidth != actual[0] || declaredHeight != actual[1]) {
            throw new LocalizerException(where + "the size " + declaredWidth + "×" + declaredHeight
                    + " is not that of the image " + image + " (" + actual[0] + "×" + actual[1]
                    + "); annotate the image as it is, or fix the size");
        }
    }

    /** The box between the edges {@code left … right} and {@code top … bottom}, which must lie inside the image. */
    static Box box(double left, double top, double right, double bottom, int width, int height, String where) {
        String edges = String.format(Locale.ROOT, "left %s, top %s, right %s, bottom %s", number(left), number(top),
                number(right), number(bottom));
        if (!(right > left) || !(bottom > top)) {
            throw new LocalizerException(where + "the box (" + edges + ") is empty or inverted; its right and bottom"
                    + " edges must lie beyond its left and top edges");
        }
        if (left < -EDGE_TOLERANCE || top < -EDGE_TOLERANCE || right > width + EDGE_TOLERANCE
                || bottom > height + EDGE_TOLERANCE) {
            throw new LocalizerException(where + "the box (" + edges + ") lies outside the " + width + "×" + height
                    + " image; fix the box");
        }
        double clampedLeft = Math.max(0, left);
        double clampedTop = Math.max(0, top);
        return new Box(clampedTop, clampedLeft, Math.min(height, bottom) - clampedTop,
                Math.min(width, right) - clampedLeft);
    }

    /** A class name as given, without surrounding blanks; it must be one {@link ClassNames} accepts. */
    static String className(String name, String where) {
        try {
            return ClassNames.check(name);
        } catch (LocalizerException e) {
            throw new LocalizerException(where + e.getMessage(), e);
        }
    }

    /** The classes of a source, at most as many as {@link ClassNames} allows. */
    static List<String> classNames(List<String> names, Path source) {
        try {
            ClassNames.check(names);
        } catch (LocalizerException e) {
            throw new LocalizerException(source + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    /** A number of an annotation file. */
    static double number(String text, String what, String where) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LocalizerException(where + what + " is \"" + ClassNames.printable(String.valueOf(text))
                + "\", not a number; give a number");
    }

    /** A whole number of an annotation file (a size, an index). */
    static int wholeNumber(String text, String what, String where) {
        double value = number(text, what, where);
        if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
            throw new LocalizerException(where + what + " is " + text + ", not a whole number of at least 0");
        }
        return (int) value;
    }

    /** The pictures directly in the folder, by name. */
    static List<Path> imagesIn(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(AnnotationChecks::isImageName).sorted().toList();
        } catch (IOException e) {
            throw new LocalizerException("Cannot list the folder " + folder + " (" + e.getMessage()
                    + "); check that it is a readable folder", e);
        }
    }

    static boolean isImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMAGE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    /** The file name without its last ending. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The source folder, which must exist, as an absolute path. */
    static Path folder(Path folder, String format) {
        if (!Files.isDirectory(folder)) {
            throw new LocalizerException("The " + format + " folder " + folder + " does not exist or is not a folder;"
                    + " give the folder that holds the images and their annotation files");
        }
        return folder.toAbsolutePath().normalize();
    }

    /** The text of an annotation file, refused when it is too large to be one. */
    static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_ANNOTATION_BYTES) {
                throw new LocalizerException("The annotation file " + file + " is larger than "
                        + MAX_ANNOTATION_BYTES + " bytes; split it");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LocalizerException("Cannot read the annotation file " + file + " (" + e.getMessage()
                    + "); check that it exists and is readable", e);
        }
    }

    /** Whole values without a decimal point, others exactly, as annotation files write them. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
