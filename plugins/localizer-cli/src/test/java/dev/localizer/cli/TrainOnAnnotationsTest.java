package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.model.LocalizerModel;

class TrainOnAnnotationsTest {

    @TempDir
    Path dir;

    /** Eight 48×48 pictures, six with a white square labelled in YOLO, two without (and without .txt file). */
    private Path yoloFolder() throws IOException {
        Path yolo = Files.createDirectories(dir.resolve("yolo"));
        Files.writeString(yolo.resolve("classes.txt"), "square\n");
        for (int i = 0; i < 8; i++) {
            BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
            if (i < 6) {
                Graphics2D graphics = image.createGraphics();
                graphics.setColor(Color.WHITE);
                graphics.fillRect(4 * i, 2 * i, 16, 12);
                graphics.dispose();
                Files.writeString(yolo.resolve("p" + i + ".txt"), String.format(Locale.ROOT, "0 %s %s %s %s%n",
                        (4 * i + 8) / 48.0, (2 * i + 6) / 48.0, 16 / 48.0, 12 / 48.0));
            }
            ImageIO.write(image, "png", yolo.resolve("p" + i + ".png").toFile());
        }
        return yolo;
    }

    @Test
    void trainsOnAnnotatedImagesAndSaysWhatItRead() throws IOException {
        Path model = dir.resolve("model.zip");
        CliRun run = CliRun.of("train", "--annotations", yoloFolder().toString(), "--format", "yolo", "--out",
                model.toString(), "--input-size", "32", "--epochs", "1", "--steps", "1", "--batch", "8",
                "--validation", "0.25");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Read 8 annotated images (6 with an object, 2 without; classes: square)\n"),
                run.out());
        assertEquals(java.util.List.of("square"), LocalizerModel.load(model).manifest().classNames());
    }

    @Test
    void annotationOptionsNeedEachOther() throws IOException {
        Path model = dir.resolve("model.zip");
        CliRun noFormat = CliRun.of("train", "--annotations", yoloFolder().toString(), "--out", model.toString());
        assertEquals(2, noFormat.exitCode());
        assertEquals("localizer: --annotations needs --format voc, coco or yolo to say how to read the annotations",
                noFormat.firstErrorLine());

        CliRun noSource = CliRun.of("train", "--generate", "8", "--format", "voc", "--out", model.toString());
        assertEquals(2, noSource.exitCode());
        assertEquals("localizer: --format and --objects say how to read --annotations; give --annotations too",
                noSource.firstErrorLine());

        CliRun both = CliRun.of("train", "--annotations", dir.toString(), "--scenes", dir.toString(), "--format", "voc",
                "--out", model.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.firstErrorLine().contains("mutually exclusive"), both.err());

        CliRun drawing = CliRun.of("train", "--annotations", dir.resolve("yolo").toString(), "--format", "yolo",
                "--presence", "0.3", "--out", model.toString());
        assertEquals(2, drawing.exitCode());
        assertEquals("localizer: --presence says how generated scenes are drawn, but --annotations "
                + dir.resolve("yolo") + " gives scenes already drawn; leave it out, or train on generated scenes with"
                + " --generate", drawing.firstErrorLine());
        assertFalse(Files.exists(model));
    }
}
