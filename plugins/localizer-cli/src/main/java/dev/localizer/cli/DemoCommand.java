package dev.localizer.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"The main job in one go: generate training and held-out scenes from the embedded assets, train,"
                + " predict the held-out scenes, score them, and write a one-page report.",
            "Writes model.zip, history.csv, predictions.csv, metrics.json, contact-sheet.png/.svg, loss.png/.svg"
                + " and report.html."})
final class DemoCommand extends Subcommand {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "localizer-demo",
            description = "Folder to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--train-scenes", paramLabel = "N", defaultValue = "2000",
            description = "Generated training scenes (default: ${DEFAULT-VALUE}).")
    int trainScenes;

    @Option(names = "--test-scenes", paramLabel = "N", defaultValue = "200",
            description = "Generated held-out scenes, never seen in training (default: ${DEFAULT-VALUE}).")
    int testScenes;

    @Mixin
    SceneOptions scene;

    @Mixin
    TrainOptions training;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    void run(Output output) {
        requirePositive(trainScenes, "--train-scenes");
        requirePositive(testScenes, "--test-scenes");
        throw EngineParts.notAvailable("demo", "training");
    }
}
