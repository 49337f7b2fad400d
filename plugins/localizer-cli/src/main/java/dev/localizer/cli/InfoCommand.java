package dev.localizer.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "info", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Show which ND4J backend and devices are available and, given a model file, what it holds.")
final class InfoCommand extends Subcommand {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Device to load the backend for (default: auto).")
    TrainOptions.DeviceChoice device;

    @Parameters(arity = "0..1", paramLabel = "MODEL.zip", description = "A model file written by 'localizer train'.")
    Path model;

    @Override
    void run(Output output) {
        if (model != null) {
            requireFile(model, "MODEL.zip", "give a model file written by 'localizer train'");
        }
        throw EngineParts.notAvailable("info", "the backend report");
    }
}
