package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.model.LocalizerModel;

/** A run never writes over its inputs or another of its outputs, checks where it writes first, and stages folders. */
class OutputSafetyTest {

    /** No process has this id, so leftovers named with it belong to a process that is gone. */
    private static final long GONE_PID = Integer.MAX_VALUE;

    @TempDir
    static Path shared;

    static Path scenes;
    static Path model;

    @TempDir
    Path dir;

    @BeforeAll
    static void aScenesFolderAndAModel() {
        scenes = shared.resolve("sc");
        assertEquals(0, TinyScenes.write(scenes, 8, 1).exitCode());
        model = shared.resolve("model.zip");
        assertEquals(0, train(model, scenes).exitCode());
    }

    private static CliRun train(Path out, Path trainingScenes) {
        return CliRun.of("train", "--quiet", "--out", out.toString(), "--scenes", trainingScenes.toString(),
                "--input-size", "32", "--epochs", "1", "--steps", "1", "--batch", "8", "--validation", "0.25");
    }

    private static void assertRefused(CliRun run, String firstLine) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(firstLine, run.firstErrorLine());
    }

    @Test
    void renderRefusesToWriteIntoItsInputFolderHoweverItIsSpelled() throws IOException {
        Map<String, String> before = FolderContents.of(scenes);
        String labels = scenes.resolve("labels.csv").toString();
        for (Path out : List.of(scenes, scenes.resolve("../sc"))) {
            assertRefused(CliRun.of("render", "--out", out.toString(), "--labels", labels, scenes.toString()),
                    "localizer: --out " + out + " is also an input (INPUT " + scenes + "); writing it would destroy"
                            + " what the run reads, so choose another folder");
        }
        Path image = scenes.resolve("scene-000001.png");
        assertRefused(CliRun.of("render", "--out", shared.toString(), "--labels", labels, image.toString()),
                "localizer: --out " + shared + " holds the input INPUT " + image + ", which replacing the folder would"
                        + " destroy; choose an output folder outside the inputs");
        assertEquals(before, FolderContents.of(scenes), "the scenes are untouched");
    }

    @Test
    void trainAndPredictRefuseToWriteOverTheLabelsTheyRead() throws IOException {
        Map<String, String> before = FolderContents.of(scenes);
        Path labels = scenes.resolve("labels.csv");
        CliRun training = train(labels, scenes);
        assertRefused(training, "localizer: --out " + labels + " lies inside the input folder --scenes " + scenes
                + "; choose an output file outside the inputs");
        assertRefused(CliRun.of("predict", "--model", model.toString(), "--out", labels.toString(), scenes.toString()),
                "localizer: --out " + labels + " lies inside the input folder INPUT " + scenes
                        + "; choose an output file outside the inputs");
        assertRefused(CliRun.of("predict", "--model", model.toString(), "--out", model.toString(), scenes.toString()),
                "localizer: --out " + model + " is also an input (--model " + model + "); writing it would destroy what"
                        + " the run reads, so choose another file");
        assertEquals(before, FolderContents.of(scenes), "the scenes are untouched");
    }

    @Test
    void eachModelKeepsItsOwnHistoryEvenWhenNamedLikeOne() throws IOException {
        Path folder = dir.resolve("models");
        assertEquals(0, train(folder.resolve("history.csv"), scenes).exitCode());
        assertEquals(0, train(folder.resolve("other.zip"), scenes).exitCode());

        assertEquals(List.of("history.csv", "history.history.csv", "other.history.csv", "other.zip"), listing(folder));
        assertEquals(LocalizerModel.load(model).classNames(), LocalizerModel.load(folder.resolve("history.csv")).classNames(),
                "the model named history.csv is a model");
        assertTrue(Files.readString(folder.resolve("history.history.csv")).startsWith(HistoryCsv.HEADER + "\n1,"));
    }

    @Test
    void aSmallerScenesRunOverAnEarlierFolderLeavesNoImagesOfIt() throws IOException {
        Path folder = dir.resolve("sc");
        assertEquals(0, TinyScenes.write(folder, 6, 1).exitCode());
        assertEquals(0, TinyScenes.write(folder, 2, 2).exitCode());
        assertEquals(List.of(".localizer-output", "labels.csv", "scene-000000.png", "scene-000001.png"), listing(folder));
        assertEquals(List.of("sc"), listing(dir), "nothing is left beside it");
    }

    @Test
    void anInterruptedScenesRunLeavesTheEarlierFolderExactlyAsItWas() throws Exception {
        Path folder = dir.resolve("sc");
        assertEquals(0, TinyScenes.write(folder, 6, 1).exitCode());
        Map<String, String> before = FolderContents.of(folder);
        Map<String, byte[]> earlier = Map.of("scene-000002.png", Files.readAllBytes(folder.resolve("scene-000002.png")));

        CliRun run;
        try (Interruption interruption = Interruption.onceRewritten(dir, earlier)) {
            run = CliRun.of(interruption.cancellation(), "scenes", "--out", folder.toString(), "--count", "20000",
                    "--size", "64", "--scale", "0.2,0.4", "--seed", "2", "--threads", "1");
            assertTrue(interruption.happened(), "the run was interrupted while it wrote");
        }

        assertEquals(130, run.exitCode(), run.err());
        assertEquals(before, FolderContents.of(folder), "no image of the new seed under the old labels");
        assertEquals(List.of("sc"), listing(dir), "no half folder beside it");
    }

    @Test
    void concurrentScenesRunsIntoOneFolderDoNotMix() throws Exception {
        Path folder = dir.resolve("sc");
        TinyScenes.write(dir.resolve("seed-3"), 40, 3);
        TinyScenes.write(dir.resolve("seed-4"), 30, 4);
        Map<String, String> three = FolderContents.of(dir.resolve("seed-3"));
        Map<String, String> four = FolderContents.of(dir.resolve("seed-4"));

        CompletableFuture<CliRun> other = CompletableFuture.supplyAsync(() -> TinyScenes.write(folder, 40, 3));
        CliRun run = TinyScenes.write(folder, 30, 4);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, other.get().exitCode(), other.get().err());
        Map<String, String> result = FolderContents.of(folder);
        assertTrue(result.equals(three) || result.equals(four), "one run's folder as a whole: " + result.keySet());
        assertEquals(List.of("sc", "seed-3", "seed-4"), listing(dir));
    }

    @Test
    void outputPlacesThatCannotBeWrittenAreRefusedBeforeAnyWork() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file");
        CliRun training = train(file.resolve("model.zip"), scenes);
        assertRefused(training, "localizer: Cannot write --out " + file.resolve("model.zip") + ": " + file
                + " is a file, not a folder; choose another location");
        assertFalse(training.out().contains("Training"), "refused before training: " + training.out());
        assertRefused(CliRun.of("render", "--out", file.toString(), "--labels", scenes.resolve("labels.csv").toString(),
                scenes.toString()), "localizer: --out " + file + " is a file, but a folder is written there; give"
                        + " another folder name or delete the file");
        assertRefused(CliRun.of("demo", "--out", file.toString(), "--test-scenes", "2"), "localizer: --out " + file
                + " is a file, but a folder is written there; give another folder name or delete the file");
        assertRefused(CliRun.of("scenes", "--out", shared.toString(), "--count", "2"), "localizer: --out " + shared
                + " holds files that this program did not write (e.g. model.history.csv) and an output folder is"
                + " replaced as a whole; choose a new or empty folder");
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void aReadOnlyFolderIsRefusedBeforeAnyWork() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "this user may write anywhere (root)");
            for (String command : List.of("render", "demo")) {
                CliRun run = command.equals("render")
                        ? CliRun.of("render", "--out", locked.resolve("out").toString(), "--labels",
                                scenes.resolve("labels.csv").toString(), scenes.toString())
                        : CliRun.of("demo", "--out", locked.resolve("out").toString(), "--test-scenes", "2");
                assertEquals(2, run.exitCode(), run.err());
                assertTrue(run.firstErrorLine().startsWith("localizer: Cannot write --out " + locked.resolve("out")
                        + ": the folder " + locked + " is not writable ("), run.err());
            }
            CliRun training = train(locked.resolve("model.zip"), scenes);
            assertEquals(2, training.exitCode(), training.err());
            assertFalse(training.out().contains("Training"), "refused before training");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void leftoversOfKilledRunsAreRemovedByTheNextRunIntoThatFolder() throws IOException {
        Path staged = Files.createDirectories(dir.resolve(".sc." + GONE_PID + ".k2.partial"));
        Files.writeString(staged.resolve("scene-000000.png"), "half a folder");
        Files.writeString(dir.resolve(".labels.csv." + GONE_PID + ".partial"), "a file of the earlier scheme");

        assertEquals(0, TinyScenes.write(dir.resolve("sc"), 1, 1).exitCode());

        assertEquals(List.of("sc"), listing(dir));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
