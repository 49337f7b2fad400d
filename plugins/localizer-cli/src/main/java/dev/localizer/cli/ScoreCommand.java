package dev.localizer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.loss.Estimate;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.metrics.GroundTruth;
import dev.localizer.engine.predict.Prediction;
import dev.localizer.engine.scene.ScenesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compare predictions with true labels: detection accuracy, precision, recall, F1, mean IoU,"
                + " class accuracy and the training loss on these predictions.",
            "A metric that cannot be computed (e.g. IoU without any present object) is shown as n/a, in JSON as null."})
final class ScoreCommand extends Subcommand {

    @Option(names = "--labels", required = true, paramLabel = "labels.csv", description = "True labels: a scenes folder's labels.csv.")
    Path labels;

    @Option(names = "--predictions", required = true, paramLabel = "PRED.csv", description = "Predictions CSV written by 'localizer predict'.")
    Path predictions;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the metrics as JSON to this file.")
    Path json;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Re-decide presence from presence_probability with this threshold instead of the CSV's"
                    + " present column.")
    Double threshold;

    @Override
    void run(Output output) {
        requireExists(labels, "--labels", "give the labels.csv of a scenes folder");
        requireFile(predictions, "--predictions", "give a CSV written by 'localizer predict'");
        if (threshold != null) {
            requireFraction(threshold, "--threshold");
        }
        Path folder = Labels.folderOf(labels);
        RunFiles.none().reading("--labels", folder).reading("--predictions", predictions).writingFile("--json", json)
                .check();
        Map<String, ScenesFolder.Label> truthByFile = Labels.read(labels);
        List<PredictionsCsv.Row> rows = PredictionsCsv.read(predictions);
        Map<String, PredictionsCsv.Row> rowsByFile = byFileAndName(rows);

        List<GroundTruth> truth = new ArrayList<>();
        List<Prediction> predicted = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> unpredicted = new ArrayList<>();
        for (ScenesFolder.Label label : truthByFile.values()) {
            PredictionsCsv.Row row = rowsByFile.get(label.file());
            if (row == null) {
                unpredicted.add(label.file());
                continue;
            }
            truth.add(new GroundTruth(label.box(), label.present(), label.className()));
            boolean present = threshold == null ? row.present() : row.presenceProbability() >= threshold;
            predicted.add(new Prediction(row.box(), row.presenceProbability(), present, row.className(), row.classProbability()));
            files.add(label.file());
        }
        if (truth.isEmpty()) {
            throw new LocalizerException("None of the " + truthByFile.size() + " labelled images is in " + predictions
                    + "; predict the scenes folder of " + labels + " first");
        }
        if (!unpredicted.isEmpty()) {
            output.warn(unpredicted.size() + " of " + truthByFile.size() + " labelled images have no prediction (e.g. "
                    + unpredicted.get(0) + "); they are left out of the score");
        }
        List<String> classNames = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).classProbabilities().keySet());
        List<int[]> sizes = imageSizes(folder, files, output);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < files.size() && sizes != null; i++) {
            estimates.add(Score.estimateOf(rowsByFile.get(files.get(i)), sizes.get(i)[0], sizes.get(i)[1]));
        }
        Score score = Score.of(truth, new Estimation(predicted, estimates), classNames, sizes, LossWeights.DEFAULT);
        output.out().print(score.toText());
        if (json != null) {
            JsonFiles.write(json, score.toJson());
            output.info("Wrote " + json);
        }
    }

    /** Rows by their file key and, for rows keyed by a path, also by the file name that labels.csv uses. */
    private static Map<String, PredictionsCsv.Row> byFileAndName(List<PredictionsCsv.Row> rows) {
        Map<String, PredictionsCsv.Row> byFile = new LinkedHashMap<>();
        for (PredictionsCsv.Row row : rows) {
            byFile.putIfAbsent(Path.of(row.file()).getFileName().toString(), row);
        }
        for (PredictionsCsv.Row row : rows) {
            byFile.put(row.file(), row);
        }
        return byFile;
    }

    /** Width and height of each image, read from the file headers; null when an image cannot be read. */
    private static List<int[]> imageSizes(Path folder, List<String> files, Output output) {
        List<int[]> sizes = new ArrayList<>(files.size());
        for (String file : files) {
            int[] size = ImageDecoder.shownSize(folder.resolve(file));
            if (size == null) {
                output.warn("cannot read the size of " + folder.resolve(file) + ", so the reference loss is not computed");
                return null;
            }
            sizes.add(size);
        }
        return sizes;
    }
}
