package dev.localizer.cli;

import java.nio.file.Path;

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
        requireFile(labels, "--labels", "give the labels.csv of a scenes folder");
        requireFile(predictions, "--predictions", "give a CSV written by 'localizer predict'");
        if (threshold != null) {
            requireFraction(threshold, "--threshold");
        }
        throw EngineParts.notAvailable("score", "scoring");
    }
}
