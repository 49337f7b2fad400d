package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.CancelledException;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheTargetOnlyWhenWritingSucceeded() throws IOException {
        Path target = dir.resolve("model.zip");
        AtomicFiles.write(target, file -> Files.writeString(file, "first"));
        assertEquals("first", Files.readString(target));

        assertThrows(CancelledException.class, () -> AtomicFiles.write(target, file -> {
            Files.writeString(file, "half of the sec");
            throw new CancelledException();
        }));

        assertEquals("first", Files.readString(target), "the earlier file is untouched");
        assertEquals(List.of(target), Files.list(dir).toList(), "the partial file is gone");
    }
}
