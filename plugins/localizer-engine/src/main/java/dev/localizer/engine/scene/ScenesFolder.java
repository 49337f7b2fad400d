package dev.localizer.engine.scene;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import javax.imageio.ImageIO;

import dev.localizer.engine.Box;
import dev.localizer.engine.ClassNames;
import dev.localizer.engine.CsvLine;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.io.Staging;

/**
 * A scenes folder: one PNG file per scene plus {@code labels.csv} with the header
 * {@code file,top,left,height,width,present,class} (box in the pixels of the image as shown, its EXIF orientation
 * applied; {@code present} is {@code true}/{@code false}; scenes without an object have an empty class and a zero
 * box). Files are named {@code scene-000000.png}, … by scene index. Writing stages the whole folder beside the
 * target and puts it in place only when every image and the labels are written ({@link Staging#writeFolder}), so a
 * cancelled or failed run leaves an earlier folder as it was, and a new folder never holds images of an earlier run.
 */
public final class ScenesFolder {

    public static final String LABELS_FILE = "labels.csv";
    public static final List<String> HEADER = List.of("file", "top", "left", "height", "width", "present", "class");

    private ScenesFolder() {
    }

    /** The file name of scene number {@code index}. */
    public static String fileName(long index) {
        return String.format(Locale.ROOT, "scene-%06d.png", index);
    }

    /** Writes the scenes (files numbered from 0) and their labels, replacing the folder as a whole. */
    public static void write(Path folder, List<Scene> scenes, int threads, Progress progress) {
        SceneGenerator.checkCount(scenes.size());
        Staging.writeFolder(folder, staged -> {
            IndexedWork.run(scenes.size(), threads, progress, "Writing scenes",
                    i -> writeImage(staged, i, scenes.get(i)));
            writeLabels(staged, labelsByFile(scenes.stream().map(Scene::label).toList()));
        });
    }

    /**
     * Generates scenes {@code 0 … count-1} and writes them, replacing the folder as a whole, generating and
     * encoding on {@code threads} threads (0 = all cores) without holding all scenes in memory.
     */
    public static void write(Path folder, SceneGenerator generator, int count, int threads, Progress progress) {
        SceneGenerator.checkCount(count);
        Staging.writeFolder(folder, staged -> writeLabels(staged, labelsByFile(generator.generate(0, count, threads,
                progress, (index, scene) -> writeImage(staged, index, scene)))));
    }

    /** Reads and checks {@code labels.csv} without loading images: the labels by image file, in the file's order. */
    public static Map<String, Label> readLabels(Path folder) {
        Path labelsFile = folder.resolve(LABELS_FILE);
        if (!Files.isDirectory(folder)) {
            throw new LocalizerException("The scenes folder " + folder + " does not exist; check the path");
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        try {
            List<String> lines = CsvLine.readLines(labelsFile);
            String header = lines.isEmpty() ? null : lines.get(0);
            if (header == null || !split(header, labelsFile, 1).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList().equals(HEADER)) {
                throw new LocalizerException(labelsFile + " line 1: the header is \""
                        + ClassNames.printable(String.valueOf(header)) + "\", expected \"" + String.join(",", HEADER) + "\"");
            }
            Map<String, Integer> lineOfFile = new HashMap<>();
            for (int index = 1; index < lines.size(); index++) {
                String line = lines.get(index);
                int lineNumber = index + 1;
                if (!line.isBlank()) {
                    List<String> fields = split(line, labelsFile, lineNumber);
                    String where = labelsFile + " line " + lineNumber + ": ";
                    String file = fileOf(fields, line, where);
                    Integer earlier = lineOfFile.putIfAbsent(file, lineNumber);
                    if (earlier != null) {
                        throw new LocalizerException(where + "the file " + file + " is listed again (first at line "
                                + earlier + "); list each image once");
                    }
                    labels.put(file, parseLabel(fields, where));
                }
            }
        } catch (NoSuchFileException e) {
            throw new LocalizerException("The scenes folder " + folder + " has no " + LABELS_FILE
                    + "; it must hold the PNG files and a " + LABELS_FILE + " with the header " + String.join(",", HEADER));
        } catch (IOException e) {
            throw new LocalizerException("Cannot read " + labelsFile + ": " + e.getMessage(), e);
        }
        if (labels.isEmpty()) {
            throw new LocalizerException(labelsFile + " lists no scenes; add at least one row");
        }
        return labels;
    }

    /**
     * Reads every scene of the folder at that resolution (images as RGB, as shown: their EXIF orientation applied),
     * checking that each box lies inside its image; each scene's box is on its decoded pixels.
     */
    public static List<Scene> read(Path folder, Resolution resolution, int threads, Progress progress) {
        Path labelsFile = folder.resolve(LABELS_FILE);
        return read(folder, readLabels(folder), i -> labelsFile + " line " + (i + 2) + ": ", resolution, threads,
                progress);
    }

    /**
     * Reads the labelled images of a folder as {@link #read(Path, Resolution, int, Progress)} reads those of
     * labels.csv; the labels' boxes are on the pictures as shown, at their full size.
     *
     * @param labels the labels by image file (relative to the folder), in the order of the scenes
     * @param where  says where label {@code i} came from, as messages about it begin
     */
    public static List<Scene> read(Path folder, Map<String, Label> labels, IntFunction<String> where,
            Resolution resolution, int threads, Progress progress) {
        List<Map.Entry<String, Label>> entries = List.copyOf(labels.entrySet());
        Scene[] scenes = new Scene[entries.size()];
        IndexedWork.run(entries.size(), threads, progress, "Reading scenes", i -> scenes[i] = readScene(folder,
                entries.get(i).getKey(), entries.get(i).getValue(), where.apply(i), resolution));
        return Arrays.asList(scenes);
    }

    private static Scene readScene(Path folder, String fileName, Label label, String where, Resolution resolution) {
        Path file = folder.resolve(fileName).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw new LocalizerException(where + "the file " + fileName + " lies outside the scenes folder; "
                    + "list files inside the folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new LocalizerException(where + "the image " + fileName + " does not exist in " + folder);
        }
        DecodedImage image = ImageDecoder.read(file, fileName, where, resolution);
        if (!label.box().isInside(image.width(), image.height())) {
            throw new LocalizerException(where + "the box " + describe(label.box()) + " lies outside the "
                    + image.width() + "×" + image.height() + " image " + fileName + "; fix the row");
        }
        BufferedImage pixels = image.pixels();
        BufferedImage rgb = pixels.getType() == BufferedImage.TYPE_INT_RGB ? pixels : ImageSources.toRgb(pixels);
        return new Scene(rgb, new Label(image.toDecoded(label.box()), label.present(), label.className()));
    }

    private static String fileOf(List<String> fields, String line, String where) {
        if (fields.size() != HEADER.size()) {
            throw new LocalizerException(where + "expected " + HEADER.size() + " values (" + String.join(",", HEADER)
                    + "), found " + fields.size() + " in \"" + abbreviated(line) + "\"");
        }
        String file = fields.get(0).strip();
        if (file.isEmpty()) {
            throw new LocalizerException(where + "the file name is empty");
        }
        return file;
    }

    private static Label parseLabel(List<String> fields, String where) {
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            String value = fields.get(i + 1).strip();
            try {
                box[i] = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new LocalizerException(where + "the " + HEADER.get(i + 1) + " \"" + value + "\" is not a number");
            }
            if (!Double.isFinite(box[i]) || (i >= 2 && box[i] < 0)) {
                throw new LocalizerException(where + "the " + HEADER.get(i + 1) + " " + value
                        + " must be a finite number" + (i >= 2 ? " of at least 0" : ""));
            }
        }
        String present = fields.get(5).strip().toLowerCase(Locale.ROOT);
        boolean isPresent = switch (present) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new LocalizerException(where + "present is \"" + fields.get(5)
                    + "\", expected true or false");
        };
        String className = fields.get(6).strip();
        if (!className.isEmpty()) {
            try {
                ClassNames.check(className);
            } catch (LocalizerException e) {
                throw new LocalizerException(where + e.getMessage(), e);
            }
        }
        return new Label(new Box(box[0], box[1], box[2], box[3]), isPresent, className);
    }

    private static List<String> split(String line, Path labelsFile, int lineNumber) {
        try {
            return CsvLine.split(line);
        } catch (IllegalArgumentException e) {
            throw new LocalizerException(labelsFile + " line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** The start of a long line, for messages. */
    private static String abbreviated(String line) {
        return line.length() <= 80 ? line : line.substring(0, 80) + "…";
    }

    private static Label writeImage(Path stagedFolder, long index, Scene scene) {
        String file = fileName(index);
        try {
            if (!ImageIO.write(scene.image(), "png", stagedFolder.resolve(file).toFile())) {
                throw new IllegalStateException("No PNG writer for the scene image");
            }
        } catch (IOException e) {
            // the staging folder's name would only puzzle; it is gone once this error reaches the user
            throw new LocalizerException("Cannot write the scene image " + file + " (" + e.getMessage()
                    + "); check that the output folder is writable and the disk has room", e);
        }
        return scene.label();
    }

    /** Labels of scenes numbered from 0, by the file names {@link #write} gives them. */
    private static Map<String, Label> labelsByFile(List<Label> labels) {
        Map<String, Label> byFile = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byFile.put(fileName(i), labels.get(i));
        }
        return byFile;
    }

    /** Writes {@code labels.csv} into the folder (a staging folder: see {@link Staging#writeFolder}). */
    public static void writeLabels(Path folder, Map<String, Label> labels) throws IOException {
        try (Writer writer = Files.newBufferedWriter(folder.resolve(LABELS_FILE), StandardCharsets.UTF_8)) {
            writer.write(String.join(",", HEADER));
            writer.write('\n');
            for (Map.Entry<String, Label> entry : labels.entrySet()) {
                Label label = entry.getValue();
                writer.write(String.join(",", CsvLine.quote(entry.getKey()), number(label.box().top()),
                        number(label.box().left()), number(label.box().height()), number(label.box().width()),
                        Boolean.toString(label.present()), CsvLine.quote(label.className())));
                writer.write('\n');
            }
        }
    }

    /** Whole pixels without a decimal point, other values exactly. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String describe(Box box) {
        return "top=" + number(box.top()) + ", left=" + number(box.left()) + ", height=" + number(box.height())
                + ", width=" + number(box.width());
    }
}
