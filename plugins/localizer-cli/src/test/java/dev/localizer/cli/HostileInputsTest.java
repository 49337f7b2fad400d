package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Prediction;

/** Files a careless or hostile user may give: each is refused in one line with exit code 2, or handled. */
class HostileInputsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path scenes;
    private static Path model;

    @BeforeAll
    static void trainTinyModel() {
        scenes = shared.resolve("scenes");
        assertEquals(0, TinyScenes.write(scenes, 12, 1).exitCode());
        model = shared.resolve("model.zip");
        CliRun run = CliRun.of("train", "--quiet", "--out", model.toString(), "--scenes", scenes.toString(),
                "--input-size", "16", "--epochs", "1", "--steps", "1", "--batch", "4");
        assertEquals(0, run.exitCode(), run.err());
    }

    private static void assertOneLineError(CliRun run, String start) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.firstErrorLine().startsWith(start), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void deeplyNestedSvgSpritesAreRefusedInOneLine() throws IOException {
        Path sprite = Files.writeString(dir.resolve("deep.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\""
                + " height=\"20\">" + "<g>".repeat(2000) + "<rect width=\"10\" height=\"10\"/>" + "</g>".repeat(2000)
                + "</svg>");
        CliRun run = CliRun.of("scenes", "--out", dir.resolve("out").toString(), "--count", "2", "--sprites",
                sprite.toString());
        assertOneLineError(run, "localizer: The SVG sprite " + sprite + " nests its elements more than 200 deep");
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void tamperedModelManifestsAreDamagedForInfoAndPredict() throws IOException {
        Path tampered = withManifest(dir.resolve("tampered.zip"), json -> json
                .replace("\"inputHeight\" : 16", "\"inputHeight\" : 100000")
                .replace("\"inputWidth\" : 16", "\"inputWidth\" : 100000"));
        assertOneLineError(CliRun.of("info", "--device", "cpu", tampered.toString()),
                "localizer: Model file " + tampered + " is damaged: its manifest gives an input of 100000×100000 px");
        Path otherSize = withManifest(dir.resolve("other-size.zip"), json -> json
                .replace("\"inputHeight\" : 16", "\"inputHeight\" : 97")
                .replace("\"inputWidth\" : 16", "\"inputWidth\" : 97"));
        assertOneLineError(CliRun.of("predict", "--model", otherSize.toString(), "--out", dir.resolve("p.csv").toString(),
                scenes.toString()), "localizer: Model file " + otherSize + " is damaged: its manifest's input (97×97 px");
        assertFalse(Files.exists(dir.resolve("p.csv")));
    }

    private static Path withManifest(Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(model)));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("manifest.json")) {
                    String json = new String(content, StandardCharsets.UTF_8);
                    String edited = edit.apply(json);
                    assertFalse(edited.equals(json), "the edit changes the manifest");
                    content = edited.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        return Files.write(file, bytes.toByteArray());
    }

    @Test
    void absurdBatchAndInputSizesAreRefusedBeforeTraining() {
        Path out = dir.resolve("m.zip");
        CliRun batch = CliRun.of("train", "--out", out.toString(), "--scenes", scenes.toString(), "--batch", "100000");
        assertOneLineError(batch, "localizer: Training compact at input size 96 with batches of 100000 scenes needs about ");
        assertTrue(batch.firstErrorLine().contains("batches of up to "), batch.err());
        assertFalse(batch.out().contains("Reading scenes"), "refused before reading scenes: " + batch.out());
        CliRun input = CliRun.of("train", "--out", out.toString(), "--scenes", scenes.toString(), "--input-size", "4096");
        assertOneLineError(input, "localizer: The input size must be at most 1024, the largest that networks take, got 4096");
        assertFalse(Files.exists(out));
    }

    @Test
    void sceneOptionsWithAScenesFolderAreRefused() {
        CliRun run = CliRun.of("train", "--out", dir.resolve("m.zip").toString(), "--scenes", scenes.toString(),
                "--size", "32", "--flip", "0");
        assertOneLineError(run, "localizer: --size, --flip say how generated scenes are drawn, but --scenes " + scenes
                + " gives scenes already drawn; leave them out, or train on generated scenes with --generate");
    }

    @Test
    void imagesWithoutAnExtensionAreRenderedAndPredicted() throws IOException {
        Path image = Files.copy(scenes.resolve("scene-000000.png"), dir.resolve("noext"));
        Path predictions = dir.resolve("pred.csv");
        CliRun predict = CliRun.of("predict", "--quiet", "--model", model.toString(), "--out", predictions.toString(),
                image.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        Path out = dir.resolve("rendered");
        CliRun render = CliRun.of("render", "--quiet", "--out", out.toString(), "--predictions", predictions.toString(),
                image.toString());
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(Files.isRegularFile(out.resolve("noext.png")), "rendered as noext.png");
    }

    @Test
    void aBoxOutsideItsImageIsRefusedBeforeAnythingIsRendered() {
        Path predictions = dir.resolve("pred.csv");
        PredictionsCsv.write(predictions, List.of("scene-000000.png", "scene-000001.png"), List.of(
                Prediction.of(new Box(1, 1, 10, 10), 0.9, true, "fox", 0.8),
                Prediction.of(new Box(10, 10, 500, 40), 0.9, true, "fox", 0.8)));
        Path out = dir.resolve("rendered");
        CliRun run = CliRun.of("render", "--out", out.toString(), "--predictions", predictions.toString(),
                scenes.resolve("scene-000000.png").toString(), scenes.resolve("scene-000001.png").toString());
        assertOneLineError(run, "localizer: " + predictions + " line 3: the predicted box (top=10.0, left=10.0,"
                + " height=500.0, width=40.0) lies outside the 64×64 image " + scenes.resolve("scene-000001.png"));
        assertFalse(Files.exists(out), "nothing rendered");
    }
}
