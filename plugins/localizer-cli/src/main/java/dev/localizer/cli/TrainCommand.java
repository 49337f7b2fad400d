package dev.localizer.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.localizer.engine.annotations.AnnotationScenes;
import dev.localizer.engine.annotations.ObjectChoice;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.model.TrainingSummary;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.scene.ScenesFolder;
import dev.localizer.engine.train.Trainer;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.engine.train.TrainingData;
import dev.localizer.engine.train.TrainingMemory;
import dev.localizer.engine.train.TrainingResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Train a localizer on a scenes folder, on annotated images (as 'localizer import' reads them) or"
                + " on freshly generated scenes, and write the model file"
                + " and MODEL.history.csv (loss per epoch) beside it.",
            "Ctrl-C stops cleanly without writing a model; --max-minutes stops at the budget and keeps the best model."})
final class TrainCommand extends Subcommand {

    static final int DEFAULT_GENERATED_SCENES = 2000;

    @Option(names = "--out", required = true, paramLabel = "MODEL.zip", description = "Model file to write.")
    Path out;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ScenesSource source = new ScenesSource();

    static final class ScenesSource {
        @Option(names = "--scenes", paramLabel = "DIR", description = "Scenes folder to train on (PNG files + labels.csv).")
        Path scenes;

        @Option(names = "--annotations", paramLabel = "SRC",
                description = "Annotations of a labelling tool to train on, read as 'localizer import' reads them"
                        + " (give --format, and --objects if you like).")
        Path annotations;

        @Option(names = "--generate", paramLabel = "N",
                description = "Train on N generated scenes instead (default: " + DEFAULT_GENERATED_SCENES
                        + "), drawn with the scene options below.")
        Integer generate;
    }

    @Mixin
    SceneOptions scene;

    @Mixin
    AnnotationOptions annotation;

    @Mixin
    TrainOptions training;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed for scenes, weights and shuffling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    void run(Output output) {
        Path history = HistoryCsv.besideModel(out);
        if (source.annotations == null && annotation.given()) {
            throw usageError("--format and --objects say how to read --annotations; give --annotations too");
        }
        if (source.annotations != null) {
            annotation.checkSource(source.annotations, "--annotations");
        }
        training.readBy(scene.readBy(RunFiles.none())).reading("--scenes", source.scenes)
                .reading("--annotations", source.annotations)
                .reading("the images' folder", annotation.imagesFolder(source.annotations))
                .writingFile("--out", out).writingFile("the history file", history).check();
        TrainingConfig config = training.toConfig(seed, this);
        List<String> drawingOptions = scene.drawingOptionsGiven();
        if ((source.scenes != null || source.annotations != null) && !drawingOptions.isEmpty()) {
            boolean one = drawingOptions.size() == 1;
            throw usageError(String.join(", ", drawingOptions) + (one ? " says" : " say") + " how generated scenes are"
                    + " drawn, but " + (source.scenes != null ? "--scenes " + source.scenes
                            : "--annotations " + source.annotations) + " gives scenes already drawn; leave " + (one ? "it" : "them")
                    + " out, or train on generated scenes with --generate");
        }
        TrainingMemory.check(config);
        output.detail("Training settings: " + config);
        Resolution pictures = Resolution.forTraining(config.inputSize());
        List<Scene> scenes = source.scenes != null ? readScenes(output, pictures)
                : source.annotations != null ? readAnnotatedScenes(output, pictures) : generateScenes(output);
        TrainingResult result = output.compute("Training", progress -> new Trainer(config).train(TrainingData.of(scenes), progress));
        Staging.writeFile(out, file -> result.model().save(file));
        HistoryCsv.write(history, result.history());
        output.info(summary(result));
        output.info("Wrote " + out + " and " + history);
    }

    private List<Scene> readScenes(Output output, Resolution pictures) {
        requireExists(source.scenes, "--scenes", "give a scenes folder written by 'localizer scenes'");
        return output.compute("Reading scenes",
                progress -> ScenesFolder.read(source.scenes, pictures, scene.threads(), progress));
    }

    private List<Scene> readAnnotatedScenes(Output output, Resolution pictures) {
        ObjectChoice.Selection selection = annotation.read(source.annotations, "--annotations", output);
        List<Scene> scenes = output.compute("Reading images",
                progress -> AnnotationScenes.readScenes(selection, pictures, scene.threads(), progress));
        output.info("Read " + scenes.size() + " annotated images (" + AnnotationOptions.contents(selection) + ")"
                + AnnotationOptions.leftOut(selection));
        return scenes;
    }

    private List<Scene> generateScenes(Output output) {
        int count = requirePositive(source.generate == null ? DEFAULT_GENERATED_SCENES : source.generate, "--generate");
        SceneConfig sceneConfig = scene.toConfig(seed);
        return output.compute("Generating scenes",
                progress -> new SceneGenerator(sceneConfig).generate(count, scene.threads(), progress));
    }

    /**
     * What training achieved, in one line: how long, why it stopped, and the kept model's validation scores; then
     * a line for each warning of the run (e.g. that it collapsed).
     */
    static String summary(TrainingResult result) {
        TrainingSummary kept = result.model().manifest().training();
        String scores = kept == null || Double.isNaN(kept.validationLoss()) ? "no validation"
                : String.format(Locale.ROOT, "validation loss %s (floor %s), detection accuracy %s, mean IoU %s",
                        Score.number(kept.validationLoss()), Score.number(kept.lossFloor()),
                        Score.number(kept.detectionAccuracy()), Score.number(kept.meanIou()));
        return String.format(Locale.ROOT, "Trained %d epochs in %s (%s) on %s; kept model: %s",
                result.history().size(), ConsoleProgress.formatDuration(kept == null ? 0 : kept.seconds()),
                result.stopReason(), result.backend().describe(), scores)
                + result.warnings().stream().map(warning -> System.lineSeparator() + "Warning: " + warning)
                        .collect(Collectors.joining());
    }
}
