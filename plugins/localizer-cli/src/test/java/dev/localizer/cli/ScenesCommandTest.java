package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenesCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheRequestedScenesAndTheirLabels() throws IOException {
        Path out = dir.resolve("scenes");
        CliRun run = TinyScenes.write(out, 6, 7);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("Wrote 6 scenes of 64x64 px (classes: fox, ladybug, penguin) to "
                + out.resolve("labels.csv") + "\n"), run.out());

        List<String> labels = Files.readAllLines(out.resolve("labels.csv"));
        assertEquals("file,top,left,height,width,present,class", labels.get(0));
        assertEquals(7, labels.size());
        BufferedImage first = ImageIO.read(out.resolve("scene-000000.png").toFile());
        assertEquals(64, first.getWidth());
        assertEquals(64, first.getHeight());
    }

    @Test
    void theSameSeedGivesTheSameScenesAndAnotherSeedOthers() throws IOException {
        TinyScenes.write(dir.resolve("a"), 8, 3);
        TinyScenes.write(dir.resolve("b"), 8, 3);
        TinyScenes.write(dir.resolve("c"), 8, 4);
        String labelsA = Files.readString(dir.resolve("a/labels.csv"));
        assertEquals(labelsA, Files.readString(dir.resolve("b/labels.csv")));
        assertTrue(!labelsA.equals(Files.readString(dir.resolve("c/labels.csv"))));
        assertEquals(-1, Files.mismatch(dir.resolve("a/scene-000005.png"), dir.resolve("b/scene-000005.png")));
    }

    @Test
    void quietPrintsNothing() {
        CliRun run = CliRun.of("scenes", "--quiet", "--out", dir.resolve("q").toString(), "--count", "2", "--size", "64",
                "--scale", "0.2,0.3");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void badSceneOptionsAreUsageErrors() {
        String out = dir.resolve("x").toString();
        CliRun presence = CliRun.of("scenes", "--out", out, "--presence", "1.5");
        assertEquals(2, presence.exitCode());
        assertEquals("localizer: --presence must be a fraction from 0 to 1, got 1.5", presence.firstErrorLine());

        CliRun classes = CliRun.of("scenes", "--out", out, "--classes", "cat");
        assertEquals(2, classes.exitCode());
        assertEquals("localizer: --classes names the sprites given with --sprites; give --sprites too"
                + " (the default sprites have their own classes)", classes.firstErrorLine());
        assertTrue(classes.err().contains("Usage: localizer scenes"));
    }

    @Test
    void anImpossibleCombinationIsExplainedByTheEngine() {
        CliRun run = CliRun.of("scenes", "--out", dir.resolve("x").toString(), "--size", "16");
        assertEquals(2, run.exitCode());
        assertTrue(run.firstErrorLine().startsWith("localizer: The sprite default asset sprites/"), run.err());
        assertTrue(run.firstErrorLine().contains("larger than the 16×16 px scene"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }
}
