package dev.localizer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.LocalizerException;

class RunFilesTest {

    @TempDir
    Path dir;

    Path scenes;

    @BeforeEach
    void aScenesFolder() throws IOException {
        scenes = Files.createDirectories(dir.resolve("sc"));
        Files.writeString(scenes.resolve("labels.csv"), "file,top,left,height,width,present,class\n");
        Files.writeString(scenes.resolve("scene-000000.png"), "an image");
    }

    private static String refusal(RunFiles files) {
        return assertThrows(LocalizerException.class, files::check).getMessage();
    }

    @Test
    void anOutputFolderThatIsAnInputFolderIsRefusedHoweverItIsSpelled() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), scenes);
        for (Path out : List.of(scenes, dir.resolve("sc/../sc"), dir.resolve("./sc/."), link)) {
            String message = refusal(RunFiles.none().reading("INPUT", scenes).writingFolder("--out", out));
            assertEquals("--out " + out + " is also an input (INPUT " + scenes + "); writing it would destroy what the"
                    + " run reads, so choose another folder", message);
        }
    }

    @Test
    void anOutputInsideAnInputFolderIsRefused() {
        String message = refusal(RunFiles.none().reading("--scenes", scenes)
                .writingFile("--out", scenes.resolve("labels.csv")));
        assertEquals("--out " + scenes.resolve("labels.csv") + " lies inside the input folder --scenes " + scenes
                + "; choose an output file outside the inputs", message);
        assertTrue(refusal(RunFiles.none().reading("INPUT", scenes).writingFolder("--out", scenes.resolve("rendered")))
                .contains("lies inside the input folder INPUT " + scenes), "a folder inside the input too");
    }

    @Test
    void anOutputFolderThatHoldsAnInputIsRefused() {
        Path image = scenes.resolve("scene-000000.png");
        String message = refusal(RunFiles.none().reading("INPUT", image).writingFolder("--out", dir.resolve("sc/.")));
        assertEquals("--out " + dir.resolve("sc/.") + " holds the input INPUT " + image + ", which replacing the folder"
                + " would destroy; choose an output folder outside the inputs", message);
    }

    @Test
    void anOutputFileThatIsAnInputFileIsRefused() throws IOException {
        Path model = Files.writeString(dir.resolve("model.zip"), "a model");
        String message = refusal(RunFiles.none().reading("--model", model).writingFile("--out", dir.resolve("x/../model.zip")));
        assertTrue(message.startsWith("--out " + dir.resolve("x/../model.zip") + " is also an input (--model " + model
                + ")"), message);
    }

    @Test
    void outputsOfOneRunMustNeitherCoincideNorNest() {
        Path model = dir.resolve("out/model.zip");
        assertEquals("--out " + model + " and the history file " + dir.resolve("out/./model.zip") + " are the same place,"
                + " so one output would overwrite the other; give them different names",
                refusal(RunFiles.none().writingFile("--out", model).writingFile("the history file", dir.resolve("out/./model.zip"))));
        assertTrue(refusal(RunFiles.none().writingFolder("--out", dir.resolve("out"))
                .writingFile("--json", dir.resolve("out/score.json"))).contains("lie inside one another"));
    }

    @Test
    void aFileOrFolderOfTheWrongKindInTheWayIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals("--out " + file + " is a file, but a folder is written there; give another folder name or delete"
                + " the file", refusal(RunFiles.none().writingFolder("--out", file)));
        assertEquals("--out " + scenes + " is a folder, but a file is written there; give a file name (e.g. inside that"
                + " folder)", refusal(RunFiles.none().writingFile("--out", scenes)));
        assertEquals("Cannot write --out " + file.resolve("deeper/model.zip") + ": " + file + " is a file, not a folder;"
                + " choose another location", refusal(RunFiles.none().writingFile("--out", file.resolve("deeper/model.zip"))));
    }

    @Test
    void aFolderHoldingFilesThatThisProgramDidNotWriteIsNotReplaced() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("holiday.jpg"), "a photo");
        assertEquals("--out " + photos + " holds files that this program did not write (e.g. holiday.jpg) and an output"
                + " folder is replaced as a whole; choose a new or empty folder",
                refusal(RunFiles.none().writingFolder("--out", photos)));

        Files.writeString(photos.resolve(Staging.MARKER), "");
        RunFiles.none().writingFolder("--out", photos).check();
        RunFiles.none().writingFolder("--out", Files.createDirectories(dir.resolve("empty"))).check();
    }

    @Test
    void aReadOnlyFolderIsRefusedBeforeAnyWork() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "the user may write anywhere (root)");
            String message = refusal(RunFiles.none().writingFile("--out", locked.resolve("new/model.zip")));
            assertTrue(message.startsWith("Cannot write --out " + locked.resolve("new/model.zip") + ": the folder "
                    + locked + " is not writable ("), message);
            assertTrue(message.endsWith("); choose a writable location"), message);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void separatePlacesPassAndTheCheckLeavesNothingBehind() throws IOException {
        RunFiles.none().reading("--scenes", scenes).reading("--weights", (Path) null)
                .writingFile("--out", dir.resolve("models/tiny.zip"))
                .writingFile("the history file", dir.resolve("models/tiny.history.csv"))
                .writingFolder("--render", dir.resolve("sc-rendered")).check();
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(List.of("sc"), entries.map(entry -> entry.getFileName().toString()).toList());
        }
    }

    @Test
    void realPathsResolveDotsAndLinksOfTheExistingPart() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), scenes);
        Path real = dir.toRealPath();
        assertEquals(real.resolve("sc/new/file.csv"), RunFiles.realPath(link.resolve("new/./file.csv")));
        assertEquals(real.resolve("sc"), RunFiles.realPath(dir.resolve("missing/../sc")));
    }
}
