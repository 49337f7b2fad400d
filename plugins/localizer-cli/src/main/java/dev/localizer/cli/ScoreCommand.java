package dev.localizer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.image.ImageDecoder;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.metrics.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Compare predictions with true labels: detection accuracy, precision, recall, F1, mean IoU,"
                + " class accuracy and the reference loss on these predictions (the training loss without its L1 box"
                + " term).",
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
        Map<String, Label> truthByFile = Labels.read(labels);
        Map<String, Prediction> predictionsByFile = byFileAndName(PredictionsCsv.read(predictions));

        List<Label> truth = new ArrayList<>();
        List<Prediction> predicted = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> unpredicted = new ArrayList<>();
        for (Map.Entry<String, Label> labelled : truthByFile.entrySet()) {
            String file = labelled.getKey();
            Prediction prediction = predictionsByFile.get(file);
            if (prediction == null) {
                unpredicted.add(file);
                continue;
            }
            truth.add(labelled.getValue());
            predicted.add(threshold == null ? prediction : prediction.decidedAt(threshold));
            files.add(file);
        }
        if (truth.isEmpty()) {
            throw new LocalizerException("None of the " + truthByFile.size() + " labelled images is in " + predictions
                    + "; predict the scenes folder of " + labels + " first");
        }
        if (!unpredicted.isEmpty()) {
            output.warn(unpredicted.size() + " of " + truthByFile.size() + " labelled images have no prediction (e.g. "
                    + unpredicted.get(0) + "); they are left out of the score");
        }
        Score score = new Score(Evaluation.of(truth, predicted, imageSizes(folder, files, output),
                LossWeights.DEFAULT));
        output.out().print(score.toText());
        if (json != null) {
            JsonFiles.write(json, score.toJson());
            output.info("Wrote " + json);
        }
    }

    /** Predictions by their file key and, for those keyed by a path, also by the file name that labels.csv uses. */
    private static Map<String, Prediction> byFileAndName(Map<String, Prediction> byKey) {
        Map<String, Prediction> byFile = new LinkedHashMap<>();
        byKey.forEach((file, prediction) -> byFile.putIfAbsent(Path.of(file).getFileName().toString(), prediction));
        byFile.putAll(byKey);
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
