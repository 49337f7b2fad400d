package dev.localizer.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.image.ImageDecoder.Resolution;

/**
 * The images named on a command line: image files as given, and the image files directly inside folders (a scenes
 * folder is one), sorted by name. Each image has a key that the predictions CSV uses as its {@code file} value:
 * the path as given for a file, the name inside the folder for a folder's image, which is what a scenes folder's
 * {@code labels.csv} lists, so predictions and labels of a scenes folder match. A file named twice counts once;
 * two files with the same key are refused.
 */
final class InputImages {

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    /** One input image: its key in CSV files and where it is. */
    record Image(String key, Path path) {

        /** The file name of a rendering of this image in another format. */
        String outputName(String extension) {
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + "." + extension;
        }

        /**
         * This image's row in a CSV keyed by file: by its key, else by its file name (an image given by path is
         * listed by name in its scenes folder's labels).
         */
        <T> T find(Map<String, T> byFile) {
            return byFile.get(keyIn(byFile));
        }

        /** The key under which a CSV keyed by file lists this image, as {@link #find} looks it up. */
        String keyIn(Map<String, ?> byFile) {
            return byFile.containsKey(key) ? key : path.getFileName().toString();
        }

        /** The picture as shown, whole. */
        BufferedImage read() {
            return ImageDecoder.read(path, Resolution.whole()).pixels();
        }
    }

    private InputImages() {
    }

    static List<Image> collect(List<Path> inputs) {
        Map<String, Image> images = new LinkedHashMap<>();
        for (Path input : inputs) {
            List<Image> found = Files.isDirectory(input) ? inFolder(input) : List.of(file(input));
            for (Image image : found) {
                Image earlier = images.putIfAbsent(image.key(), image);
                if (earlier != null && !isSameFile(earlier.path(), image.path())) {
                    throw new LocalizerException("Two images have the name " + image.key() + ": " + earlier.path()
                            + " and " + image.path() + "; predictions and labels are matched by that name, so give "
                            + "images with distinct names (e.g. one folder per run)");
                }
            }
        }
        return List.copyOf(images.values());
    }

    private static boolean isSameFile(Path one, Path other) {
        return one.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize());
    }

    private static Image file(Path input) {
        if (!Files.isRegularFile(input)) {
            throw new LocalizerException("The input " + input + " does not exist; give image files or folders of images");
        }
        return new Image(input.toString(), input);
    }

    private static List<Image> inFolder(Path folder) {
        List<Image> images = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(InputImages::hasImageExtension)
                    .sorted()
                    .forEach(file -> images.add(new Image(file.getFileName().toString(), file)));
        } catch (IOException e) {
            throw new LocalizerException("Cannot list the folder " + folder + " (" + e.getMessage() + ")", e);
        }
        if (images.isEmpty()) {
            throw new LocalizerException("The folder " + folder + " holds no PNG, JPEG, GIF or BMP images");
        }
        return images;
    }

    private static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
