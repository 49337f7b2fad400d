package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.Prediction;

class RenderCommandTest {

    @TempDir
    Path dir;

    @Test
    void drawsPredictedBoxesGreenAndTrueBoxesRedAndASheet() throws IOException {
        Path scenes = dir.resolve("scenes");
        TinyScenes.write(scenes, 3, 1);
        Path predictions = dir.resolve("pred.csv");
        PredictionsCsv.write(predictions, List.of("scene-000000.png", "scene-000001.png"), List.of(
                Prediction.of(new Box(10, 10, 40, 40), 0.9, true, "fox", 0.8),
                Prediction.of(new Box(5, 5, 20, 20), 0.1, false, "fox", 0.8)));
        Path out = dir.resolve("rendered");

        CliRun run = CliRun.of("render", "--out", out.toString(), "--predictions", predictions.toString(),
                "--labels", scenes.resolve("labels.csv").toString(), scenes.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 of 3 images are not listed in --predictions (e.g. scene-000002.png)"), run.err());
        BufferedImage predicted = ImageIO.read(out.resolve("scene-000000.png").toFile());
        assertTrue(isGreen(new Color(predicted.getRGB(30, 49))), "bottom edge of the predicted box");
        BufferedImage unsure = ImageIO.read(out.resolve("scene-000001.png").toFile());
        BufferedImage original = ImageIO.read(scenes.resolve("scene-000001.png").toFile());
        assertEquals(original.getRGB(15, 24), unsure.getRGB(15, 24), "a prediction below the threshold is not drawn");
        assertTrue(Files.isRegularFile(out.resolve("contact-sheet.png")));
        assertEquals(List.of(".localizer-output", "contact-sheet.png", "scene-000000.png", "scene-000001.png",
                "scene-000002.png"),
                Files.list(out).map(path -> path.getFileName().toString()).sorted().toList());
    }

    @Test
    void drawsTrueBoxesAsSvg() throws IOException {
        Path scenes = dir.resolve("scenes");
        TinyScenes.write(scenes, 4, 2);
        Path out = dir.resolve("svg");
        CliRun run = CliRun.of("render", "--quiet", "--out", out.toString(), "--format", "svg", "--sheet", "0",
                "--labels", scenes.toString(), scenes.resolve("scene-000001.png").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(out.resolve(".localizer-output"), out.resolve("scene-000001.svg")),
                Files.list(out).sorted().toList());
        assertTrue(Files.readString(out.resolve("scene-000001.svg")).contains("<svg"));
    }

    @Test
    void needsSomethingToDraw() {
        CliRun run = CliRun.of("render", "--out", dir.toString(), "a.png");
        assertEquals(2, run.exitCode());
        assertEquals("localizer: Nothing to draw: give --predictions, --labels or both", run.firstErrorLine());
    }

    @Test
    void refusesInputsThatWouldOverwriteEachOther() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        TinyScenes.write(first, 1, 1);
        TinyScenes.write(second, 1, 1);
        Path firstImage = first.resolve("scene-000000.png");
        Path secondImage = second.resolve("scene-000000.png");
        Path out = dir.resolve("rendered");
        String labels = first.resolve("labels.csv").toString();

        CliRun files = CliRun.of("render", "--out", out.toString(), "--labels", labels, firstImage.toString(),
                secondImage.toString(), firstImage.toString());
        assertEquals(2, files.exitCode());
        assertEquals("localizer: Both " + firstImage + " and " + secondImage + " would be rendered to "
                + out.resolve("scene-000000.png") + "; render them in separate runs with different --out folders",
                files.firstErrorLine());

        CliRun folders = CliRun.of("render", "--out", out.toString(), "--labels", labels, first.toString(),
                second.toString());
        assertEquals(2, folders.exitCode());
        assertEquals("localizer: Two images have the name scene-000000.png: " + firstImage + " and " + secondImage
                + "; predictions and labels are matched by that name, so give images with distinct names (e.g. one "
                + "folder per run)", folders.firstErrorLine());
        assertTrue(Files.notExists(out), "nothing is written");
    }

    private static boolean isGreen(Color color) {
        return color.getGreen() > 150 && color.getRed() < 90 && color.getBlue() < 120;
    }
}
