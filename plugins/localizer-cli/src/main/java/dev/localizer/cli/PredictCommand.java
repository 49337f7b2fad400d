package dev.localizer.cli;

import java.nio.file.Path;
import java.util.List;

import dev.localizer.engine.Prediction;
import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.InputImage;
import dev.localizer.engine.predict.Predictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "predict", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Find the object in images and write a predictions CSV: file, top, left, height, width (pixels),"
                + " presence_probability, present, class, class_probability (and, for several classes, each class's"
                + " probability).")
final class PredictCommand extends Subcommand {

    @Option(names = "--model", required = true, paramLabel = "MODEL.zip", description = "Model file written by 'localizer train'.")
    Path model;

    @Option(names = "--out", required = true, paramLabel = "PRED.csv", description = "Predictions CSV to write.")
    Path out;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5",
            description = "Presence probability from which an object counts as present (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--no-mirror-averaging",
            description = "Predict each image only as it is. By default, when the model was trained on mirrored"
                    + " pictures, each image is also predicted mirrored and the two averaged: better boxes, twice the"
                    + " time.")
    boolean noMirrorAveraging;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to compute (default: auto).")
    Device device;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Image files (PNG, JPEG), folders of images or scenes folders.")
    List<Path> inputs;

    @Override
    void run(Output output) {
        requireFile(model, "--model", "give a model file written by 'localizer train'");
        requireFraction(threshold, "--threshold");
        RunFiles.none().reading("--model", model).reading("INPUT", inputs).writingFile("--out", out).check();
        List<InputImages.Image> images = InputImages.collect(inputs);
        Backends.initialize(device);
        LocalizerModel localizer = LocalizerModel.load(model);
        output.detail("Model: " + localizer.manifest());
        Predictor predictor = new Predictor(localizer, threshold, Predictor.DEFAULT_BATCH_SIZE)
                .withMirrorAveraging(!noMirrorAveraging);
        output.detail(predictor.mirrorAveraging() ? "Each image is averaged with its mirror image"
                : "Each image is predicted as it is, without its mirror image");
        List<Prediction> predictions = output.compute("Predicting", progress -> predictor.predict(images,
                image -> InputImage.read(image.path(), localizer.inputEncoding()), progress));
        PredictionsCsv.write(out, images.stream().map(InputImages.Image::key).toList(), predictions);
        long present = predictions.stream().filter(Prediction::present).count();
        output.info("Wrote predictions for " + images.size() + " images (" + present + " with an object) to " + out);
    }
}
