package dev.localizer.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import dev.localizer.engine.backend.BackendReport;
import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.ModelManifest;
import dev.localizer.engine.model.TrainingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "info", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Show which ND4J backend and devices are available and, given a model file, what it holds.")
final class InfoCommand extends Subcommand {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Device to load the backend for (default: auto).")
    Device device;

    @Parameters(arity = "0..1", paramLabel = "MODEL.zip", description = "A model file written by 'localizer train'.")
    Path model;

    @Override
    void run(Output output) {
        if (model != null) {
            requireFile(model, "MODEL.zip", "give a model file written by 'localizer train'");
        }
        BackendReport backend = Backends.initialize(device);
        PrintStream out = output.out();
        out.println("Backend:       " + backend.backend());
        out.println("Native build:  " + (backend.nativeBuild().isEmpty() ? "unknown" : backend.nativeBuild()));
        out.println("Devices:       " + String.join(", ", backend.devices()));
        if (!backend.isGpu()) {
            out.println("oneDNN:        " + onOff(backend.oneDnn()));
            out.println("Threads:       " + backend.threads());
        }
        out.println("Layer helpers: " + onOff(backend.layerHelpers())
                + (backend.layerHelpers() ? "" : " (DL4J layers then run several times slower)"));
        if (model != null) {
            describe(LocalizerModel.load(model).manifest(), out);
        }
    }

    private void describe(ModelManifest manifest, PrintStream out) {
        out.println();
        out.println("Model:         " + model);
        out.println("Format:        " + manifest.format() + " version " + manifest.formatVersion());
        out.println("Backbone:      " + manifest.backbone());
        out.println("Input:         " + manifest.inputWidth() + "x" + manifest.inputHeight() + " px, channels "
                + String.join(", ", manifest.inputChannels()) + ", " + manifest.normalization());
        out.println("Classes:       " + String.join(", ", manifest.classNames()));
        LossWeights weights = manifest.lossWeights();
        out.println(String.format(Locale.ROOT, "Loss weights:  box %s, presence %s, class %s", weights.box(),
                weights.presence(), weights.classes()));
        TrainingSummary training = manifest.training();
        if (training == null) {
            out.println("Training:      none (untrained)");
            return;
        }
        out.println(String.format(Locale.ROOT, "Training:      %d epochs, %d images, %s, seed %d", training.epochs(),
                training.images(), ConsoleProgress.formatDuration(training.seconds()), training.seed()));
        out.println("Validation:    loss " + Score.number(training.validationLoss()) + " (floor "
                + Score.number(training.lossFloor()) + "), detection accuracy " + Score.number(training.detectionAccuracy())
                + ", mean IoU " + Score.number(training.meanIou()));
        out.println("Trained on:    " + training.backend());
        out.println("Mirroring:     " + (training.mirroredImages()
                ? "trained on mirrored pictures; predictions average each image with its mirror image"
                : "trained without mirrored pictures; images are predicted as they are"));
    }

    private static String onOff(boolean on) {
        return on ? "on" : "off";
    }
}
