package dev.localizer.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.localizer.engine.Box;
import dev.localizer.engine.CsvLine;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.render.BoxRenderer;
import dev.localizer.engine.render.ContactSheet;
import dev.localizer.engine.render.Overlay;
import dev.localizer.engine.render.RenderStyle;
import dev.localizer.engine.scene.ScenesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Draw predicted (green) and true (red) boxes onto images, and a contact sheet of them.")
final class RenderCommand extends Subcommand {

    enum Format { PNG, SVG }

    static final String SHEET_NAME = "contact-sheet";
    private static final int SHEET_COLUMNS = 4;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write; an earlier output folder there is replaced as a whole.")
    Path out;

    @Option(names = "--predictions", paramLabel = "PRED.csv", description = "Predictions CSV written by 'localizer predict'.")
    Path predictions;

    @Option(names = "--labels", paramLabel = "labels.csv", description = "True boxes: a scenes folder's labels.csv.")
    Path labels;

    @Option(names = "--format", paramLabel = "png|svg", defaultValue = "png",
            description = "Image format of the rendered images and the sheet (default: png).")
    Format format;

    @Option(names = "--sheet", paramLabel = "N", defaultValue = "16",
            description = "Images on the contact sheet (the first N); 0 for none (default: ${DEFAULT-VALUE}).")
    int sheet;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Image files, folders of images or scenes folders.")
    List<Path> inputs;

    @Override
    void run(Output output) throws IOException {
        if (predictions == null && labels == null) {
            throw usageError("Nothing to draw: give --predictions, --labels or both");
        }
        if (predictions != null) {
            requireFile(predictions, "--predictions", "give a CSV written by 'localizer predict'");
        }
        if (labels != null) {
            requireExists(labels, "--labels", "give the labels.csv of a scenes folder");
        }
        if (sheet < 0) {
            throw usageError("--sheet must be 0 or more, got " + sheet);
        }
        RunFiles.none().reading("INPUT", inputs).reading("--predictions", predictions).reading("--labels", labels)
                .writingFolder("--out", out).check();
        List<InputImages.Image> images = InputImages.collect(inputs);
        requireDistinctOutputNames(images);
        Map<String, Prediction> predicted = predictions == null ? Map.of() : PredictionsCsv.read(predictions);
        Map<String, Label> truth = labels == null ? Map.of() : Labels.read(labels);
        warnAboutUnmatched(output, images, predicted, "--predictions");
        warnAboutUnmatched(output, images, truth, "--labels");
        requireBoxesInside(images, predicted, truth);

        RenderStyle style = RenderStyle.defaults();
        BoxRenderer renderer = new BoxRenderer(style);
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        Staging.writeFolder(out, staged -> output.run("Rendering", progress -> {
            for (int i = 0; i < images.size(); i++) {
                progress.checkCancelled();
                InputImages.Image image = images.get(i);
                BufferedImage picture = image.read();
                Overlay overlay = overlay(image.find(truth), image.find(predicted));
                write(staged.resolve(image.outputName(extension())),
                        format == Format.PNG ? renderer.png(picture, overlay) : utf8(renderer.svg(picture, overlay)));
                if (tiles.size() < sheet) {
                    tiles.add(new ContactSheet.Tile(picture, overlay, image.key()));
                }
                progress.report((i + 1.0) / images.size(), (i + 1) + "/" + images.size() + " images");
            }
            if (!tiles.isEmpty()) {
                writeSheet(staged.resolve(SHEET_NAME + "." + extension()), tiles, format, style);
            }
        }));
        output.info("Rendered " + images.size() + " images" + (tiles.isEmpty() ? "" : " and a contact sheet of "
                + tiles.size()) + " to " + out);
    }

    /** Refuses, before anything is written, inputs that would overwrite each other's renderings or the sheet. */
    private void requireDistinctOutputNames(List<InputImages.Image> images) {
        Map<String, String> writtenFrom = new HashMap<>();
        if (sheet > 0) {
            writtenFrom.put(SHEET_NAME + "." + extension(), "the contact sheet");
        }
        for (InputImages.Image image : images) {
            String name = image.outputName(extension());
            String earlier = writtenFrom.putIfAbsent(name, image.path().toString());
            if (earlier != null) {
                throw usageError("Both " + earlier + " and " + image.path() + " would be rendered to " + out.resolve(name)
                        + "; render them in separate runs with different --out folders"
                        + (earlier.equals("the contact sheet") ? ", or rename the image, or use --sheet 0" : ""));
            }
        }
    }

    /**
     * Refuses, before anything is written, a box that lies outside its image (read from the image headers), naming
     * the CSV file and line that gave it: such a box belongs to another image or another size of it.
     */
    private void requireBoxesInside(List<InputImages.Image> images, Map<String, Prediction> predicted,
                                    Map<String, Label> truth) {
        for (InputImages.Image image : images) {
            Prediction row = image.find(predicted);
            Label label = image.find(truth);
            if (row == null && (label == null || !label.present())) {
                continue;
            }
            int[] size = ImageDecoder.shownSize(image.path());
            if (size == null) {
                continue; // reading the image says what is wrong with it
            }
            if (row != null && !row.box().isInside(size[0], size[1])) {
                throw outside("predicted", row.box(), image.keyIn(predicted), predictions, image, size);
            }
            if (label != null && label.present() && !label.box().isInside(size[0], size[1])) {
                throw outside("true", label.box(), image.keyIn(truth), Labels.folderOf(labels).resolve(ScenesFolder.LABELS_FILE),
                        image, size);
            }
        }
    }

    private static LocalizerException outside(String kind, Box box, String file, Path csv, InputImages.Image image,
                                              int[] size) {
        return new LocalizerException(csv + " line " + lineOf(csv, file) + ": the " + kind + " box (top=" + box.top()
                + ", left=" + box.left() + ", height=" + box.height() + ", width=" + box.width() + ") lies outside the "
                + size[0] + "×" + size[1] + " image " + image.path() + "; check that the row belongs to this image");
    }

    /** The number of the line of a CSV file whose first value is {@code file} (for messages only). */
    private static String lineOf(Path csv, String file) {
        try {
            List<String> lines = CsvLine.readLines(csv);
            for (int i = 1; i < lines.size(); i++) {
                if (!lines.get(i).isBlank() && CsvLine.split(lines.get(i)).get(0).strip().equals(file)) {
                    return Integer.toString(i + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the file was read before; without it, the row is named by its file only
        }
        return "of " + file;
    }

    /** Writes a contact sheet of the tiles, 4 per row, in the given format, into a folder being staged. */
    static void writeSheet(Path file, List<ContactSheet.Tile> tiles, Format format, RenderStyle style) {
        ContactSheet contactSheet = new ContactSheet(style, Math.min(SHEET_COLUMNS, tiles.size()));
        write(file, format == Format.PNG ? contactSheet.png(tiles) : utf8(contactSheet.svg(tiles)));
    }

    /** The label's box when its object is present, and the prediction; either may be null (not given). */
    static Overlay overlay(Label label, Prediction prediction) {
        Overlay overlay = label == null ? Overlay.none() : Overlay.none().withTruth(label);
        return prediction == null ? overlay : overlay.withPrediction(prediction);
    }

    private String extension() {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static void warnAboutUnmatched(Output output, List<InputImages.Image> images, Map<String, ?> rows,
            String option) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> missing = images.stream().filter(image -> image.find(rows) == null).map(InputImages.Image::key).toList();
        if (missing.size() == images.size()) {
            throw new LocalizerException("No input image is listed in " + option + " (e.g. " + missing.get(0)
                    + "); give the same images or folder that the file was made for");
        }
        if (!missing.isEmpty()) {
            output.warn(missing.size() + " of " + images.size() + " images are not listed in " + option
                    + " (e.g. " + missing.get(0) + "); they are drawn without those boxes");
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes one file of a folder being staged, which becomes visible only as a whole. */
    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new LocalizerException("Cannot write " + file.getFileName() + " (" + e.getMessage()
                    + "); check that the output folder is writable and the disk has room", e);
        }
    }
}
