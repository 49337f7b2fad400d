package dev.localizer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.metrics.Evaluation;
import dev.localizer.engine.metrics.Metrics;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.TrainingSummary;
import dev.localizer.engine.predict.Predictor;
import dev.localizer.engine.render.ContactSheet;
import dev.localizer.engine.render.Overlay;
import dev.localizer.engine.render.RenderStyle;
import dev.localizer.engine.report.HtmlReport;
import dev.localizer.engine.report.LossChart;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneConfig;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.scene.ScenesFolder;
import dev.localizer.engine.train.Trainer;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.engine.train.TrainingData;
import dev.localizer.engine.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"The main job in one go: generate fresh training scenes and held-out scenes from the embedded"
                + " assets, train within a time budget, predict the held-out scenes, score them, and write a"
                + " one-page report.",
            "Training runs " + DemoCommand.DEFAULT_EPOCHS + " epochs (--epochs) of fresh scenes, at most "
                + DemoCommand.DEFAULT_MINUTES + " minutes (--max-minutes): a budget in training images, so that a busy"
                + " machine trains the same model, only later.",
            "Writes model.zip, history.csv, predictions.csv, metrics.json, contact-sheet.png/.svg, loss.png/.svg,"
                + " report.html and the held-out scenes (held-out/); an earlier demo folder is replaced only once the"
                + " new one is complete."})
final class DemoCommand extends Subcommand {

    /**
     * The epochs are the budget (60 × 50 steps × 32 = 96,000 images, mean IoU 0.892 on the held-out scenes), so the
     * learning-rate schedule and the model do not depend on how busy the machine is; the minutes only cap a machine
     * far slower than ours (about 12 to 15 minutes on its 2 cores).
     */
    static final int DEFAULT_EPOCHS = 60;
    static final int DEFAULT_MINUTES = 30;
    /** Held-out scenes are numbered far beyond any training scene, so they are never trained on. */
    static final long HELD_OUT_FIRST_INDEX = 1_000_000_000L;
    static final String HELD_OUT_FOLDER = "held-out";
    /** The demo folder holds one model, so its history keeps the short name. */
    static final String HISTORY_FILE = "history.csv";
    private static final int SHEET_TILES = 16;
    private static final int CHART_WIDTH = 720;
    private static final int CHART_HEIGHT = 420;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "localizer-demo",
            description = "Folder to write; an earlier demo folder there is replaced as a whole (default:"
                    + " ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--test-scenes", paramLabel = "N", defaultValue = "500",
            description = "Held-out scenes to score, never seen in training (default: ${DEFAULT-VALUE}).")
    int testScenes;

    @Mixin
    SceneOptions scene;

    @Mixin
    TrainOptions training;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    void run(Output output) {
        requirePositive(testScenes, "--test-scenes");
        training.readBy(scene.readBy(RunFiles.none())).writingFolder("--out", out).check();
        TrainingConfig config = demoConfig();
        SceneConfig sceneConfig = scene.toConfig(seed);
        output.info(String.format(Locale.ROOT, "Demo: training the %s network for up to %s on fresh %dx%d scenes"
                        + " (classes: %s), then scoring %d held-out scenes. Output: %s",
                config.backbone(), ConsoleProgress.formatDuration(config.maxTime().toSeconds()), sceneConfig.width(),
                sceneConfig.height(), String.join(", ", sceneConfig.classNames()), testScenes, out.toAbsolutePath()));
        output.detail("Training settings: " + config);
        AtomicReference<Score> score = new AtomicReference<>();
        // The whole folder is staged, so an interrupted run leaves an earlier demo complete and consistent.
        Staging.writeFolder(out, folder -> score.set(writeDemo(folder, output, config, sceneConfig)));
        output.out().print(score.get().toText());
        output.out().println("Report: " + out.resolve("report.html").toAbsolutePath());
    }

    /** Generates, trains, predicts and scores, writing every file of the demo into the folder. */
    private Score writeDemo(Path folder, Output output, TrainingConfig config, SceneConfig sceneConfig)
            throws IOException {
        SceneGenerator generator = new SceneGenerator(sceneConfig);
        List<Scene> heldOut = output.compute("Held-out scenes",
                progress -> generator.generate(HELD_OUT_FIRST_INDEX, testScenes, scene.threads(), progress));
        ScenesFolder.write(folder.resolve(HELD_OUT_FOLDER), heldOut, scene.threads(), Progress.NONE);

        AtomicLong nextScene = new AtomicLong();
        TrainingData data = TrainingData.generated(() -> generator.generate(nextScene.getAndIncrement()),
                sceneConfig.classNames());
        long trainStart = System.nanoTime();
        TrainingResult result = output.compute("Training", progress -> new Trainer(config).train(data, progress));
        double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
        LocalizerModel model = result.model();
        model.save(folder.resolve("model.zip"));
        HistoryCsv.write(folder.resolve(HISTORY_FILE), result.history());
        output.info(TrainCommand.summary(result));

        Predictor predictor = new Predictor(model);
        List<Prediction> predictions = output.compute("Predicting held-out scenes",
                progress -> predictor.predict(heldOut, scene -> DecodedImage.of(scene.image()), progress));
        List<String> files = IntStream.range(0, heldOut.size()).mapToObj(ScenesFolder::fileName).toList();
        PredictionsCsv.write(folder.resolve("predictions.csv"), files, predictions);
        Score score = new Score(Evaluation.of(heldOut.stream().map(Scene::label).toList(), predictions,
                heldOut.stream().map(Scene::size).toList(), model.manifest().lossWeights()));

        JsonFiles.write(folder.resolve("metrics.json"), metrics(score, result, config, trainSeconds, predictor));

        writeContactSheet(folder, heldOut, predictions);
        LossChart chart = LossChart.ofHistory("Loss per epoch", result.history(),
                model.manifest().training().lossFloor());
        chart.writeSvg(folder.resolve("loss.svg"), CHART_WIDTH, CHART_HEIGHT);
        chart.writePng(folder.resolve("loss.png"), CHART_WIDTH, CHART_HEIGHT);
        report(folder, sceneConfig, config, result, score, trainSeconds).write(folder.resolve("report.html"));
        return score;
    }

    /** The held-out scores and how training went, as metrics.json has them. */
    private Map<String, Object> metrics(Score score, TrainingResult result, TrainingConfig config, double trainSeconds,
            Predictor predictor) {
        Map<String, Object> metrics = new LinkedHashMap<>(score.toJson());
        metrics.put("train_seconds", Math.round(trainSeconds * 10) / 10.0);
        metrics.put("epochs", result.history().size());
        metrics.put("stop_reason", result.stopReason());
        TrainingSummary summary = result.model().manifest().training();
        metrics.put("training_images", summary == null ? 0 : summary.images());
        metrics.put("backend", result.backend().describe());
        metrics.put("backbone", config.backbone().settingName());
        metrics.put("mirror_averaging", predictor.mirrorAveraging());
        metrics.put("seed", seed);
        return metrics;
    }

    private TrainingConfig demoConfig() {
        TrainingConfig.Builder config = training.toConfig(seed, this).toBuilder();
        if (training.epochs == null) {
            config.epochs(DEFAULT_EPOCHS);
        }
        if (training.maxMinutes == null) {
            config.maxTime(Duration.ofMinutes(DEFAULT_MINUTES));
        }
        return config.build();
    }

    private void writeContactSheet(Path folder, List<Scene> heldOut, List<Prediction> predictions) {
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        for (int i : sheetScenes(heldOut)) {
            Scene shown = heldOut.get(i);
            Prediction prediction = predictions.get(i);
            Overlay overlay = Overlay.truthOf(shown).withPrediction(prediction);
            tiles.add(new ContactSheet.Tile(shown.image(), overlay, verdict(shown, prediction)));
        }
        RenderStyle style = RenderStyle.defaults();
        RenderCommand.writeSheet(folder.resolve("contact-sheet.png"), tiles, RenderCommand.Format.PNG, style);
        RenderCommand.writeSheet(folder.resolve("contact-sheet.svg"), tiles, RenderCommand.Format.SVG, style);
    }

    /**
     * Which held-out scenes the sheet shows, in order: mostly scenes with an object, since their boxes are what
     * there is to see, and a few without, to show that absence is recognized too.
     */
    static List<Integer> sheetScenes(List<Scene> heldOut) {
        int emptyTiles = SHEET_TILES / 4;
        List<Integer> withObject = IntStream.range(0, heldOut.size()).filter(i -> heldOut.get(i).label().present())
                .boxed().toList();
        List<Integer> empty = IntStream.range(0, heldOut.size()).filter(i -> !heldOut.get(i).label().present())
                .boxed().toList();
        int objectCount = Math.min(withObject.size(), SHEET_TILES - Math.min(emptyTiles, empty.size()));
        int emptyCount = Math.min(empty.size(), SHEET_TILES - objectCount);
        return Stream.concat(withObject.subList(0, objectCount).stream(), empty.subList(0, emptyCount).stream())
                .sorted().toList();
    }

    /** A tile's title: how the prediction for this scene turned out. */
    static String verdict(Scene scene, Prediction prediction) {
        if (scene.label().present() && prediction.present()) {
            return String.format(Locale.ROOT, "IoU %.2f", Metrics.iou(scene.label().box(), prediction.box()));
        }
        if (scene.label().present()) {
            return String.format(Locale.ROOT, "missed (p %.2f)", prediction.presenceProbability());
        }
        return prediction.present()
                ? String.format(Locale.ROOT, "false alarm (p %.2f)", prediction.presenceProbability())
                : String.format(Locale.ROOT, "empty (p %.2f)", prediction.presenceProbability());
    }

    private HtmlReport report(Path folder, SceneConfig sceneConfig, TrainingConfig config, TrainingResult result, Score score,
            double trainSeconds) {
        Metrics metrics = score.evaluation().metrics();
        List<HtmlReport.Row> heldOutRows = List.of(
                row("Detection accuracy", Score.number(metrics.detectionAccuracy()), "scenes whose presence or absence was predicted right"),
                row("Precision", Score.number(metrics.precision()), "predicted objects that are real"),
                row("Recall", Score.number(metrics.recall()), "real objects that were found"),
                row("F1", Score.number(metrics.f1()), "harmonic mean of precision and recall"),
                row("Mean IoU", Score.number(metrics.meanIou()), "overlap of predicted and true boxes of found objects"),
                row("Class accuracy", Score.number(metrics.classAccuracy()), "objects whose class was predicted right"),
                row("Reference loss", Score.number(score.evaluation().referenceLoss()),
                        "the training loss on these scenes, without its L1 box term"),
                row("Loss floor", Score.number(score.evaluation().lossFloor()), "lowest possible loss: entropy of the soft box targets"),
                row("Scenes", metrics.images() + " (" + metrics.withObject() + " with an object)", "never seen in training"));
        List<HtmlReport.Row> trainingRows = List.of(
                row("Network", config.backbone() + ", " + config.inputSize() + "x" + config.inputSize() + " input", ""),
                row("Epochs", Integer.toString(result.history().size()), result.stopReason()),
                row("Training time", ConsoleProgress.formatDuration(trainSeconds), "budget "
                        + ConsoleProgress.formatDuration(config.maxTime().toSeconds())),
                row("Scenes", sceneConfig.width() + "x" + sceneConfig.height() + " px, fresh every batch",
                        "classes: " + String.join(", ", sceneConfig.classNames())),
                row("Backend", result.backend().backend(), result.backend().describe()),
                row("Seed", Long.toString(seed), "the same seed repeats the run on the CPU"));
        List<HtmlReport.Row> files = List.of(
                fileRow(folder, "model.zip", "the trained model: localizer predict --model model.zip IMAGE..."),
                fileRow(folder, HISTORY_FILE, "loss and validation scores per epoch"),
                fileRow(folder, "predictions.csv", "predicted boxes of the held-out scenes"),
                fileRow(folder, "metrics.json", "the scores above"),
                row(HELD_OUT_FOLDER + "/", testScenes + " PNG files", "the held-out scenes and their labels.csv"));
        return new HtmlReport("Localizer demo",
                "A " + config.backbone() + " localizer trained on freshly generated scenes and scored on held-out"
                        + " scenes. Green boxes are predictions, red boxes the truth.",
                List.of(new HtmlReport.Table("Held-out scenes", heldOutRows), new HtmlReport.Table("Training", trainingRows),
                        new HtmlReport.Table("Files", files)),
                List.of(new HtmlReport.Figure("contact-sheet.png", "Held-out scenes with predicted (green) and true (red)"
                                + " boxes.", List.of("contact-sheet.svg")),
                        new HtmlReport.Figure("loss.svg", "Training loss (with its L1 box term) and validation loss per"
                                + " epoch; the dashed line is the validation loss's floor.", List.of("loss.png"))));
    }

    private static HtmlReport.Row fileRow(Path folder, String file, String note) {
        long bytes = folder.resolve(file).toFile().length();
        String size = bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d kB", Math.max(1, Math.round(bytes / 1024.0)));
        return row(file, size, note);
    }

    private static HtmlReport.Row row(String name, String value, String note) {
        return new HtmlReport.Row(name, value, note);
    }
}
