package dev.localizer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;

class StagingTest {

    /** No process has this id, so leftovers named with it belong to a process that is gone. */
    private static final long GONE_PID = Integer.MAX_VALUE;

    @TempDir
    Path dir;

    private List<String> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    private static Staging.Content files(String... namesAndContents) {
        return staged -> {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                Files.writeString(staged.resolve(namesAndContents[i]), namesAndContents[i + 1]);
            }
        };
    }

    @Test
    void aFileIsReplacedOnlyWhenWritingSucceeded() throws IOException {
        Path target = dir.resolve("model.zip");
        Staging.writeFile(target, file -> Files.writeString(file, "first"));
        assertEquals("first", Files.readString(target));

        assertThrows(CancelledException.class, () -> Staging.writeFile(target, file -> {
            Files.writeString(file, "half of the sec");
            throw new CancelledException();
        }));
        String message = assertThrows(LocalizerException.class, () -> Staging.writeFile(target, file -> {
            Files.writeString(file, "half of the sec");
            throw new IOException("No space left on device");
        })).getMessage();

        assertEquals("Cannot write " + target + " (No space left on device); choose a writable location with enough"
                + " free space", message);
        assertEquals("first", Files.readString(target), "the earlier file is untouched");
        assertEquals(List.of("model.zip"), listing(dir), "the staging file is gone");
    }

    @Test
    void aFailedFolderWriteLeavesTheEarlierFolderAsItWasAndNoHalfFolder() throws IOException {
        Path scenes = dir.resolve("sc");
        Staging.writeFolder(scenes, files("labels.csv", "seed 1", "scene-000000.png", "old 0", "scene-000001.png", "old 1"));

        assertThrows(LocalizerException.class, () -> Staging.writeFolder(scenes, staged -> {
            Files.writeString(staged.resolve("scene-000000.png"), "new 0");
            throw new IOException("No space left on device");
        }));
        assertThrows(CancelledException.class, () -> Staging.writeFolder(scenes, staged -> {
            Files.writeString(staged.resolve("scene-000000.png"), "new 0");
            throw new CancelledException();
        }));

        assertEquals(List.of("sc"), listing(dir), "no staging folder is left");
        assertEquals(List.of(Staging.MARKER, "labels.csv", "scene-000000.png", "scene-000001.png"), listing(scenes));
        assertEquals("old 0", Files.readString(scenes.resolve("scene-000000.png")));
        assertEquals("seed 1", Files.readString(scenes.resolve("labels.csv")));
    }

    @Test
    void aNewFolderReplacesTheEarlierOneAsAWhole() throws IOException {
        Path scenes = dir.resolve("sc");
        Staging.writeFolder(scenes, files("labels.csv", "300 scenes", "scene-000000.png", "a", "scene-000299.png", "b"));
        Staging.writeFolder(scenes, files("labels.csv", "1 scene", "scene-000000.png", "c"));

        assertEquals(List.of(Staging.MARKER, "labels.csv", "scene-000000.png"), listing(scenes),
                "no image of the larger, earlier run is left");
        assertEquals("c", Files.readString(scenes.resolve("scene-000000.png")));
        assertEquals(List.of("sc"), listing(dir), "the old folder is deleted");
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("holiday.jpg"), "a photo");
        assertThrows(LocalizerException.class, () -> Staging.writeFolder(photos, files("labels.csv", "x")));
        assertEquals(List.of("holiday.jpg"), listing(photos));
    }

    @Test
    void concurrentRunsIntoOneFolderDoNotMixAndTheLastToFinishWins() throws Exception {
        Path scenes = dir.resolve("sc");
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> Staging.writeFolder(scenes, staged -> {
            Files.writeString(staged.resolve("scene-000000.png"), "first run");
            firstStarted.countDown();
            try {
                secondDone.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Files.writeString(staged.resolve("labels.csv"), "first run");
        }));
        firstStarted.await();
        Staging.writeFolder(scenes, files("scene-000000.png", "second run", "scene-000001.png", "second run",
                "labels.csv", "second run"));
        assertEquals("second run", Files.readString(scenes.resolve("labels.csv")));
        secondDone.countDown();
        first.get();

        assertEquals(List.of(Staging.MARKER, "labels.csv", "scene-000000.png"), listing(scenes));
        assertEquals("first run", Files.readString(scenes.resolve("labels.csv")));
        assertEquals("first run", Files.readString(scenes.resolve("scene-000000.png")));
        assertEquals(List.of("sc"), listing(dir));
    }

    @Test
    void leftoversOfKilledRunsGoOnTheNextWriteThoseOfRunningOnesStay() throws IOException {
        long running = ProcessHandle.current().pid();
        Path oldScheme = Files.writeString(dir.resolve(".model.zip." + GONE_PID + ".partial"), "half a model");
        Path deadFile = Files.writeString(dir.resolve(".predictions.csv." + GONE_PID + ".k3x9.partial"), "half");
        Path deadFolder = Files.createDirectories(dir.resolve(".sc." + GONE_PID + ".a1b2.partial"));
        Files.writeString(deadFolder.resolve("scene-000000.png"), "half a folder");
        Path live = Files.writeString(dir.resolve(".other.zip." + running + ".zz.partial"), "being written");
        Path unrelated = Files.writeString(dir.resolve(".notes.partial"), "the user's");

        Staging.writeFile(dir.resolve("model.zip"), file -> Files.writeString(file, "model"));

        assertEquals(List.of(".notes.partial", live.getFileName().toString(), "model.zip"), listing(dir));
        assertTrue(Files.notExists(oldScheme) && Files.notExists(deadFile) && Files.notExists(deadFolder));
        assertEquals("the user's", Files.readString(unrelated));
    }

    @Test
    void anOldFolderMovedAsideByAKilledRunGoesBackWhenNothingReplacedIt() throws IOException {
        Path aside = Files.createDirectories(dir.resolve(".demo." + GONE_PID + ".q7.old"));
        Files.writeString(aside.resolve("report.html"), "the finished demo");
        Path complete = Files.createDirectories(dir.resolve(".demo." + GONE_PID + ".r8.partial"));
        Files.writeString(complete.resolve("report.html"), "the killed run's demo");

        Staging.writeFile(dir.resolve("other.csv"), file -> Files.writeString(file, "x"));

        assertEquals(List.of("demo", "other.csv"), listing(dir));
        assertEquals("the finished demo", Files.readString(dir.resolve("demo/report.html")));
    }
}
