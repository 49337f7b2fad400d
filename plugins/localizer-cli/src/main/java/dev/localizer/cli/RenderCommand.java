package dev.localizer.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Draw predicted (green) and true (red) boxes onto images, and a contact sheet of them.")
final class RenderCommand extends Subcommand {

    enum Format { PNG, SVG }

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write (created if missing).")
    Path out;

    @Option(names = "--predictions", paramLabel = "PRED.csv", description = "Predictions CSV written by 'localizer predict'.")
    Path predictions;

    @Option(names = "--labels", paramLabel = "labels.csv", description = "True boxes: a scenes folder's labels.csv.")
    Path labels;

    @Option(names = "--format", paramLabel = "png|svg", defaultValue = "png",
            description = "Image format of the rendered images and the sheet (default: png).")
    Format format;

    @Option(names = "--sheet", paramLabel = "N", defaultValue = "16",
            description = "Images on the contact sheet; 0 for none (default: ${DEFAULT-VALUE}).")
    int sheet;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Image files, folders of images or scenes folders.")
    List<Path> inputs;

    @Override
    void run(Output output) {
        if (predictions == null && labels == null) {
            throw usageError("Nothing to draw: give --predictions, --labels or both");
        }
        if (predictions != null) {
            requireFile(predictions, "--predictions", "give a CSV written by 'localizer predict'");
        }
        if (labels != null) {
            requireFile(labels, "--labels", "give the labels.csv of a scenes folder");
        }
        if (sheet < 0) {
            throw usageError("--sheet must be 0 or more, got " + sheet);
        }
        throw EngineParts.notAvailable("render", "box rendering");
    }
}
