package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.localizer.engine.Prediction;
import dev.localizer.engine.Progress;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.Predictor;

/** Train, predict, score and render on a tiny scenes folder, as a user would chain the commands. */
class TrainPredictScoreTest {

    @TempDir
    static Path dir;

    static Path scenes;
    static Path model;
    static CliRun training;

    @BeforeAll
    static void trainATinyModel() {
        scenes = dir.resolve("scenes");
        assertEquals(0, TinyScenes.write(scenes, 24, 5).exitCode());
        model = dir.resolve("models/tiny.zip");
        training = train(model);
    }

    private static CliRun train(Path modelFile) {
        return CliRun.of("train", "--out", modelFile.toString(), "--scenes", scenes.toString(), "--input-size", "32",
                "--epochs", "1", "--steps", "2", "--batch", "8", "--validation", "0.25", "--seed", "3");
    }

    @Test
    void theSameSeedTrainsTheSameModel() throws IOException {
        Path again = dir.resolve("again/tiny.zip");
        assertEquals(0, train(again).exitCode());
        assertEquals(withoutSeconds(model.resolveSibling("tiny.history.csv")),
                withoutSeconds(again.resolveSibling("tiny.history.csv")));
    }

    private static List<String> withoutSeconds(Path history) throws IOException {
        return Files.readAllLines(history).stream().map(line -> line.substring(0, line.lastIndexOf(','))).toList();
    }

    @Test
    void trainWritesTheModelAndItsHistory() throws IOException {
        assertEquals(0, training.exitCode(), training.err());
        assertTrue(Files.size(model) > 1000);
        List<String> history = Files.readAllLines(model.resolveSibling("tiny.history.csv"));
        assertEquals(HistoryCsv.HEADER, history.get(0));
        assertEquals(2, history.size(), "one epoch");
        assertTrue(history.get(1).startsWith("1,"), history.get(1));
        assertTrue(training.out().contains("Trained 1 epochs"), training.out());
        assertEquals(List.of(".", "tiny.history.csv", "tiny.zip"), listing(model.getParent()), "no temporary files left");
    }

    @Test
    void infoDescribesTheModelFile() {
        CliRun run = CliRun.of("info", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Backbone:      compact\n"), run.out());
        assertTrue(run.out().contains("Input:         32x32 px"), run.out());
        assertTrue(run.out().contains("Classes:       fox, ladybug, penguin\n"), run.out());
        assertTrue(run.out().contains("Training:      1 epochs, 16 images"), run.out());
        assertTrue(run.out().contains("Mirroring:     trained on mirrored pictures; predictions average each image"),
                run.out());
    }

    @Test
    void predictWritesOneRowPerImageAndScoreReadsThem() throws IOException {
        Path predictions = dir.resolve("pred.csv");
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "--out", predictions.toString(), scenes.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        List<String> rows = Files.readAllLines(predictions);
        assertEquals(25, rows.size());
        assertTrue(rows.get(0).startsWith(String.join(",", PredictionsCsv.HEADER) + ",probability:fox,"), rows.get(0));
        assertTrue(rows.get(1).startsWith("scene-000000.png,"), rows.get(1));

        Path json = dir.resolve("score.json");
        CliRun score = CliRun.of("score", "--labels", scenes.resolve("labels.csv").toString(), "--predictions",
                predictions.toString(), "--json", json.toString());
        assertEquals(0, score.exitCode(), score.err());
        assertTrue(score.out().startsWith("Images:             24 ("), score.out());
        JsonNode metrics = new ObjectMapper().readTree(json.toFile());
        for (String key : List.of("detection_accuracy", "precision", "recall", "f1", "mean_iou", "class_accuracy",
                "reference_loss")) {
            assertTrue(metrics.has(key), key);
        }
        assertEquals(24, metrics.get("images").asInt());
        double accuracy = metrics.get("detection_accuracy").asDouble();
        assertTrue(accuracy >= 0 && accuracy <= 1, "accuracy " + accuracy);
        assertTrue(metrics.get("reference_loss").asDouble() > metrics.get("loss_floor").asDouble());

        CliRun render = CliRun.of("render", "--quiet", "--out", dir.resolve("rendered").toString(), "--sheet", "4",
                "--predictions", predictions.toString(), "--labels", scenes.resolve("labels.csv").toString(), scenes.toString());
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(Files.isRegularFile(dir.resolve("rendered/contact-sheet.png")));
    }

    @Test
    void predictionsAverageWithTheMirrorImageUnlessToldNotTo() throws IOException {
        LocalizerModel trained = LocalizerModel.load(model);
        assertTrue(trained.manifest().training().mirroredImages(), "trained with random flips, the default");
        Path averaged = dir.resolve("pred-averaged.csv");
        Path plain = dir.resolve("pred-plain.csv");
        Path image = scenes.resolve("scene-000003.png");
        assertEquals(0, CliRun.of("predict", "--quiet", "--model", model.toString(), "--out", averaged.toString(),
                image.toString()).exitCode());
        assertEquals(0, CliRun.of("predict", "--quiet", "--no-mirror-averaging", "--model", model.toString(), "--out",
                plain.toString(), image.toString()).exitCode());

        Prediction expected = new Predictor(trained).withMirrorAveraging(false)
                .predict(List.of(ImageIO.read(image.toFile())), Progress.NONE).get(0);
        double plainPresence = Double.parseDouble(Files.readAllLines(plain).get(1).split(",")[5]);
        double averagedPresence = Double.parseDouble(Files.readAllLines(averaged).get(1).split(",")[5]);
        assertEquals(expected.presenceProbability(), plainPresence, 1e-4);
        assertNotEquals(plainPresence, averagedPresence, 1e-6);
    }

    @Test
    void scoreThresholdRedecidesPresence() {
        Path predictions = dir.resolve("pred-threshold.csv");
        assertEquals(0, CliRun.of("predict", "--quiet", "--model", model.toString(), "--out", predictions.toString(),
                scenes.toString()).exitCode());
        CliRun none = CliRun.of("score", "--labels", scenes.resolve("labels.csv").toString(), "--predictions",
                predictions.toString(), "--threshold", "1");
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().contains("Precision:          n/a\n"), "nothing predicted present:\n" + none.out());
    }

    @Test
    void verboseShowsDetailsAndQuietOnlyResults() {
        Path predictions = dir.resolve("pred-verbose.csv");
        CliRun verbose = CliRun.of("predict", "--verbose", "--model", model.toString(), "--out", predictions.toString(),
                scenes.resolve("scene-000001.png").toString());
        assertEquals(0, verbose.exitCode(), verbose.err());
        assertTrue(verbose.out().startsWith("Model: ModelManifest[format=localizer-model"), verbose.out());

        CliRun quiet = CliRun.of("score", "--quiet", "--labels", scenes.resolve("labels.csv").toString(), "--predictions",
                predictions.toString());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertTrue(quiet.out().startsWith("Images:             1 ("), "the score is the result:\n" + quiet.out());
        assertTrue(quiet.err().isEmpty(), "--quiet leaves out the warning about 23 unpredicted images: " + quiet.err());
    }

    @Test
    void scoreWritesNullForTheLossWhenTheImagesAreGone() throws IOException {
        Path predictions = dir.resolve("pred-no-images.csv");
        assertEquals(0, CliRun.of("predict", "--quiet", "--model", model.toString(), "--out", predictions.toString(),
                scenes.toString()).exitCode());
        Path labelsOnly = Files.createDirectories(dir.resolve("labels-only")).resolve("labels.csv");
        Files.copy(scenes.resolve("labels.csv"), labelsOnly);
        Path json = dir.resolve("no-images.json");

        CliRun run = CliRun.of("score", "--labels", labelsOnly.toString(), "--predictions", predictions.toString(),
                "--json", json.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Reference loss:     n/a\n"), run.out());
        assertTrue(run.err().startsWith("localizer: warning: cannot read the size of "), run.err());
        JsonNode metrics = new ObjectMapper().readTree(json.toFile());
        assertTrue(metrics.get("reference_loss").isNull());
        assertTrue(metrics.get("detection_accuracy").isNumber());
    }

    @Test
    void aOneClassModelIsScoredWithItsReferenceLoss() throws IOException {
        Path sprite = Files.writeString(dir.resolve("square.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\""
                + " height=\"20\"><rect x=\"4\" y=\"4\" width=\"12\" height=\"12\" fill=\"#d02020\"/></svg>");
        Path squares = dir.resolve("squares");
        assertEquals(0, CliRun.of("scenes", "--out", squares.toString(), "--count", "8", "--size", "64", "--sprites",
                sprite.toString(), "--seed", "4").exitCode());
        Path squareModel = dir.resolve("models/square.zip");
        CliRun train = CliRun.of("train", "--quiet", "--out", squareModel.toString(), "--scenes", squares.toString(),
                "--input-size", "32", "--epochs", "1", "--steps", "1", "--batch", "4", "--validation", "0.25");
        assertEquals(0, train.exitCode(), train.err());
        Path predictions = dir.resolve("square-predictions.csv");
        assertEquals(0, CliRun.of("predict", "--quiet", "--model", squareModel.toString(), "--out",
                predictions.toString(), squares.toString()).exitCode());
        assertEquals(String.join(",", PredictionsCsv.HEADER), Files.readAllLines(predictions).get(0),
                "one class: no probability columns");
        Path json = dir.resolve("square-score.json");

        CliRun score = CliRun.of("score", "--labels", squares.toString(), "--predictions", predictions.toString(),
                "--json", json.toString());

        assertEquals(0, score.exitCode(), score.err());
        JsonNode metrics = new ObjectMapper().readTree(json.toFile());
        assertTrue(metrics.get("reference_loss").isNumber(), metrics.toString());
        assertTrue(metrics.get("reference_loss").asDouble() > metrics.get("loss_floor").asDouble(), metrics.toString());
    }

    @Test
    void scoreWithoutMatchingImagesSaysSo() throws IOException {
        Path predictions = dir.resolve("other.csv");
        Files.writeString(predictions, String.join(",", PredictionsCsv.HEADER) + "\nelsewhere.png,1,1,1,1,0.5,true,fox,1\n");
        CliRun run = CliRun.of("score", "--labels", scenes.resolve("labels.csv").toString(), "--predictions", predictions.toString());
        assertEquals(2, run.exitCode());
        assertEquals("localizer: None of the 24 labelled images is in " + predictions + "; predict the scenes folder of "
                + scenes.resolve("labels.csv") + " first", run.firstErrorLine());
    }

    @Test
    void aDamagedModelFileIsAUserError() throws IOException {
        Path broken = dir.resolve("broken.zip");
        Files.writeString(broken, "not a zip");
        CliRun run = CliRun.of("predict", "--model", broken.toString(), "--out", dir.resolve("x.csv").toString(),
                scenes.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.firstErrorLine().startsWith("localizer: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void cancellingTrainingLeavesNoModel() {
        Cancellation cancelled = new Cancellation();
        cancelled.request();
        Path never = dir.resolve("cancelled/model.zip");
        CliRun run = CliRun.of(cancelled, "train", "--out", never.toString(), "--scenes", scenes.toString(),
                "--input-size", "32", "--epochs", "1", "--steps", "2", "--batch", "8");
        assertEquals(130, run.exitCode(), run.err());
        assertEquals("localizer: cancelled; no partly written output was left behind", run.firstErrorLine());
        assertFalse(Files.exists(never));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of("."),
                    files.map(path -> path.getFileName().toString()).sorted()).toList();
        }
    }
}
