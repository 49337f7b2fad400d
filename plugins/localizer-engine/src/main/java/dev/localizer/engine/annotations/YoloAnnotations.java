package dev.localizer.engine.annotations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.localizer.engine.Box;
import dev.localizer.engine.ClassNames;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;

/**
 * YOLO: a folder of images, beside each a {@code .txt} file of the same name with one line per object,
 * {@code CLASS CENTER_X CENTER_Y WIDTH HEIGHT} (the class's line number in {@code classes.txt} counted from 0, the
 * box as fractions of the image's width and height), and {@code classes.txt} with one class name per line. An
 * image without a {@code .txt} file, or with an empty one, shows no object.
 */
final class YoloAnnotations {

    /** The class list: one name per line, line {@code n} (from 0) being class {@code n}. */
    static final String CLASSES_FILE = "classes.txt";

    private YoloAnnotations() {
    }

    static Annotations read(Path source) {
        Path folder = AnnotationChecks.folder(source, "YOLO");
        Path classesFile = folder.resolve(CLASSES_FILE);
        if (!Files.isRegularFile(classesFile)) {
            throw new LocalizerException("The YOLO folder " + folder + " has no " + CLASSES_FILE + "; add it with one"
                    + " class name per line, in the order of the class numbers");
        }
        List<String> classNames = new ArrayList<>();
        List<String> lines = lines(classesFile);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank() && lines.subList(i, lines.size()).stream().allMatch(String::isBlank)) {
                break; // blank lines at the end name no class
            }
            String where = classesFile + " line " + (i + 1) + ": ";
            String name = AnnotationChecks.className(lines.get(i), where);
            if (classNames.contains(name)) {
                throw new LocalizerException(where + "the class " + name + " is listed again (first at line "
                        + (classNames.indexOf(name) + 1) + "); list each class once");
            }
            classNames.add(name);
        }
        if (classNames.isEmpty()) {
            throw new LocalizerException(classesFile + " lists no class; add one class name per line");
        }
        List<AnnotatedImage> images = new ArrayList<>();
        Map<String, Path> imageOfLabels = new HashMap<>();
        for (Path image : AnnotationChecks.imagesIn(folder)) {
            String labelsName = AnnotationChecks.baseName(image) + ".txt";
            Path earlier = imageOfLabels.putIfAbsent(labelsName, image);
            if (earlier != null) {
                throw new LocalizerException("The images " + earlier.getFileName() + " and " + image.getFileName()
                        + " in " + folder + " share the label file " + labelsName + "; rename one of them");
            }
            images.add(readImage(image, folder.resolve(labelsName), classNames));
        }
        if (images.isEmpty()) {
            throw new LocalizerException("The YOLO folder " + folder + " holds no images; put the images, their .txt"
                    + " files and " + CLASSES_FILE + " there");
        }
        for (Path labels : labelFiles(folder)) {
            if (!imageOfLabels.containsKey(labels.getFileName().toString())) {
                throw new LocalizerException(labels + ": there is no image of this name ("
                        + AnnotationChecks.baseName(labels) + ".png, .jpg, …) in " + folder + "; add the image, or"
                        + " remove or rename the file");
            }
        }
        return new Annotations(folder, images, AnnotationChecks.classNames(classNames, classesFile));
    }

    /** The {@code .txt} files of the folder but the class list. */
    private static List<Path> labelFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .filter(file -> !file.getFileName().toString().equals(CLASSES_FILE)).sorted().toList();
        } catch (IOException e) {
            throw new LocalizerException("Cannot list the folder " + folder + " (" + e.getMessage()
                    + "); check that it is a readable folder", e);
        }
    }

    private static AnnotatedImage readImage(Path image, Path labelsFile, List<String> classNames) {
        int[] size = AnnotationChecks.size(image, image + ": ");
        List<Label> objects = new ArrayList<>();
        if (Files.isRegularFile(labelsFile)) {
            List<String> lines = lines(labelsFile);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    objects.add(parseLine(lines.get(i), labelsFile + " line " + (i + 1) + ": ", size, classNames));
                }
            }
        }
        return new AnnotatedImage(image, size[0], size[1], objects);
    }

    private static Label parseLine(String line, String where, int[] size, List<String> classNames) {
        String[] fields = line.strip().split("\\s+");
        if (fields.length != 5) {
            throw new LocalizerException(where + "expected 5 values (class center_x center_y width height), found "
                    + fields.length + " in \"" + ClassNames.printable(line.strip()) + "\"");
        }
        int classIndex = AnnotationChecks.wholeNumber(fields[0], "the class", where);
        if (classIndex >= classNames.size()) {
            throw new LocalizerException(where + "the class " + classIndex + " is not in " + CLASSES_FILE + ", which"
                    + " lists " + classNames.size() + " classes (0 to " + (classNames.size() - 1) + "); fix the number"
                    + " or add the class");
        }
        double[] values = new double[4];
        String[] names = {"center_x", "center_y", "width", "height"};
        for (int i = 0; i < 4; i++) {
            values[i] = AnnotationChecks.number(fields[i + 1], "the " + names[i], where);
        }
        double halfWidth = values[2] * size[0] / 2;
        double halfHeight = values[3] * size[1] / 2;
        double centerX = values[0] * size[0];
        double centerY = values[1] * size[1];
        return Label.of(AnnotationChecks.box(centerX - halfWidth,
                centerY - halfHeight, centerX + halfWidth, centerY + halfHeight, size[0], size[1], where), classNames.get(classIndex));
    }

    /** Writes {@link #CLASSES_FILE} and one {@code .txt} file per image (empty for an image without object). */
    static void write(Annotations annotations) throws IOException {
        List<String> classNames = annotations.classNames();
        Files.writeString(annotations.root().resolve(CLASSES_FILE), String.join("\n", classNames) + "\n",
                StandardCharsets.UTF_8);
        Map<Path, String> imageOfFile = new HashMap<>();
        for (AnnotatedImage image : annotations.images()) {
            Path file = image.image().resolveSibling(AnnotationChecks.baseName(image.image()) + ".txt");
            String earlier = imageOfFile.putIfAbsent(file, annotations.relativeName(image));
            if (earlier != null) {
                throw new LocalizerException("The images " + earlier + " and " + annotations.relativeName(image)
                        + " would share the label file " + file.getFileName() + "; rename one of them");
            }
            StringBuilder text = new StringBuilder();
            for (Label object : image.objects()) {
                int classIndex = classNames.indexOf(object.className());
                if (classIndex < 0) {
                    throw new IllegalArgumentException("The class " + object.className() + " is not among " + classNames);
                }
                Box box = object.box();
                text.append(classIndex).append(' ')
                        .append((box.left() + box.width() / 2) / image.width()).append(' ')
                        .append((box.top() + box.height() / 2) / image.height()).append(' ')
                        .append(box.width() / image.width()).append(' ')
                        .append(box.height() / image.height()).append('\n');
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private static List<String> lines(Path file) {
        byte[] bytes = AnnotationChecks.read(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1).lines().toList() : text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new LocalizerException(file + " is not UTF-8 text; save it as UTF-8", e);
        }
    }
}
