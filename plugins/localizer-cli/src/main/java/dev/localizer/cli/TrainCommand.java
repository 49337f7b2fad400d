package dev.localizer.cli;

import java.nio.file.Path;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Train a localizer on a scenes folder or on freshly generated scenes, and write the model file"
                + " and history.csv (loss per epoch) beside it.",
            "Ctrl-C stops cleanly without writing a model; --max-minutes stops at the budget and keeps the best model."})
final class TrainCommand extends Subcommand {

    @Option(names = "--out", required = true, paramLabel = "MODEL.zip", description = "Model file to write.")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ScenesSource source = new ScenesSource();

    static final class ScenesSource {
        @Option(names = "--scenes", paramLabel = "DIR", description = "Scenes folder to train on (PNG files + labels.csv).")
        Path scenes;

        @Option(names = "--generate", paramLabel = "N",
                description = "Train on N generated scenes instead (default: 2000), drawn with the scene options below.")
        Integer generate;
    }

    @Mixin
    SceneOptions scene;

    @Mixin
    TrainOptions training;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed for scenes, weights and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    void run(Output output) {
        throw EngineParts.notAvailable("train", "training");
    }
}
