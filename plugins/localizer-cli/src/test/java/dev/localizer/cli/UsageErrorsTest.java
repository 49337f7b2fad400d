package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageErrorsTest {

    @TempDir
    Path dir;

    @Test
    void helpListsEverySubcommandAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String command : new String[] {"scenes", "train", "predict", "render", "score", "info", "demo"}) {
            assertTrue(run.out().contains("  " + command + " "), "help lists " + command + ":\n" + run.out());
        }
    }

    @Test
    void everySubcommandHasItsOwnHelp() {
        for (String command : new String[] {"scenes", "train", "predict", "render", "score", "info", "demo"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: localizer " + command), run.out());
        }
    }

    @Test
    void unknownOptionPrintsOneLineAndTheUsage() {
        CliRun run = CliRun.of("scenes", "--out", dir.toString(), "--colour", "red");
        assertUsageError(run, "localizer: Unknown options: '--colour', 'red'", "Usage: localizer scenes");
    }

    @Test
    void missingCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertUsageError(run, "localizer: Missing command: give one of scenes, train, predict, render, score, import, export, info, demo",
                "Usage: localizer ");
    }

    @Test
    void missingRequiredOptionNamesIt() {
        assertUsageError(CliRun.of("predict", "a.png"), "localizer: Missing required options: '--model=MODEL.zip', '--out=PRED.csv'",
                "Usage: localizer predict");
    }

    @Test
    void badValuesSayWhatWasWrongAndWhatIsExpected() {
        assertUsageError(CliRun.of("scenes", "--out", "x", "--size", "3x"),
                "localizer: Invalid value for option '--size': '3x' is not an image size: give W or WxH in pixels,"
                        + " each from 8 to 8192, e.g. 200 or 320x240", "Usage: localizer scenes");
        assertUsageError(CliRun.of("scenes", "--out", "x", "--scale", "1.5,0.5"),
                "localizer: Invalid value for option '--scale': '1.5,0.5' is not a scale range: give MIN,MAX with"
                        + " 0 < MIN <= MAX, e.g. 0.5,1.5", "Usage: localizer scenes");
        assertUsageError(CliRun.of("scenes", "--out", "x", "--count", "0"),
                "localizer: --count must be a positive whole number, got 0", "Usage: localizer scenes");
        assertUsageError(CliRun.of("demo", "--box", "wide"),
                "localizer: Invalid value for option '--box': expected one of [TIGHT, SPRITE] (case-insensitive)"
                        + " but was 'wide'", "Usage: localizer demo");
    }

    @Test
    void missingInputFileIsAUsageError() {
        Path model = dir.resolve("missing.zip");
        CliRun run = CliRun.of("predict", "--model", model.toString(), "--out", dir.resolve("p.csv").toString(), "a.png");
        assertUsageError(run, "localizer: --model: file not found: " + model
                + "; give a model file written by 'localizer train'", "Usage: localizer predict");
    }

    @Test
    void folderWhereAFileBelongsIsAUsageError() {
        CliRun run = CliRun.of("score", "--labels", dir.toString(), "--predictions", dir.toString());
        assertUsageError(run, "localizer: --predictions: expected a file, but " + dir + " is a folder;"
                + " give a CSV written by 'localizer predict'", "Usage: localizer score");
    }

    @Test
    void weightsBelongToTheVgg16Backbone() {
        Path weights = dir.resolve("missing.h5");
        assertUsageError(CliRun.of("train", "--out", "m.zip", "--weights", weights.toString()),
                "localizer: --weights holds VGG16 weights: use it with --backbone vgg16", "Usage: localizer train");
        assertUsageError(CliRun.of("train", "--out", "m.zip", "--backbone", "vgg16", "--weights", weights.toString()),
                "localizer: --weights: file not found: " + weights + "; give the DL4J model-store VGG16 zip or a Keras"
                        + " VGG16 notop .h5 file", "Usage: localizer train");
    }

    @Test
    void fineTuningTheLastBlockBelongsToTheVgg16Backbone() {
        assertUsageError(CliRun.of("train", "--out", "m.zip", "--fine-tune-last-block"),
                "localizer: --fine-tune-last-block trains the last block of VGG16: use it with --backbone vgg16",
                "Usage: localizer train");
    }

    @Test
    void quietAndVerboseTogetherAreAUsageError() {
        assertUsageError(CliRun.of("info", "--quiet", "--verbose"),
                "localizer: --quiet and --verbose exclude each other; give one of them", "Usage: localizer info");
    }

    @Test
    void exclusiveSceneSourcesAreAUsageError() {
        CliRun run = CliRun.of("train", "--out", "m.zip", "--scenes", dir.toString(), "--generate", "5");
        assertUsageError(run, "localizer: Error: --scenes=DIR, --generate=N are mutually exclusive (specify only one)",
                "Usage: localizer train");
    }

    private static void assertUsageError(CliRun run, String firstLine, String usageStart) {
        assertAll(
                () -> assertEquals(2, run.exitCode(), run.err()),
                () -> assertEquals(firstLine, run.firstErrorLine()),
                () -> assertTrue(run.err().contains(usageStart), run.err()),
                () -> assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err()),
                () -> assertEquals("", run.out()));
    }
}
