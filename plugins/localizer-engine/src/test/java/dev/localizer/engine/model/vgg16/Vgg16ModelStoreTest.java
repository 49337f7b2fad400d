package dev.localizer.engine.model.vgg16;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Adler32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Vgg16ModelStoreTest {

    /** Nothing listens on the discard port of the loopback interface, so the connection is refused at once. */
    private static final URI UNREACHABLE = URI.create("http://127.0.0.1:9/models/vgg16_dl4j_inference.zip");

    @TempDir
    Path folder;

    @Test
    void imagenetStoreUsesTheZoosFileChecksumAndCacheFolder() {
        Vgg16ModelStore store = Vgg16ModelStore.imagenet();
        assertEquals("https://dl4jdata.blob.core.windows.net/models/vgg16_dl4j_inference.zip", store.url().toString());
        assertEquals(3_501_732_770L, store.adler32());
        assertEquals(Path.of(System.getProperty("user.home"), ".deeplearning4j", "models", "vgg16",
                "vgg16_dl4j_inference.zip"), store.cacheFile());
    }

    @Test
    void offlineWithoutTheFileFailsSayingWhatToGetAndWhereToPutIt() {
        Vgg16ModelStore store = new Vgg16ModelStore(UNREACHABLE, cacheFile(), 1L);
        LocalizerException error = assertThrows(LocalizerException.class, () -> store.load(false, Progress.NONE));
        assertMessageGuidesTheUser(error.getMessage(), store);
        assertTrue(error.getMessage().contains("downloads are switched off"), error.getMessage());
    }

    @Test
    void failedDownloadSaysSoAndLeavesNoFileBehind() throws IOException {
        Vgg16ModelStore store = new Vgg16ModelStore(UNREACHABLE, cacheFile(), 1L);
        LocalizerException error = assertThrows(LocalizerException.class, () -> store.load(true, Progress.NONE));
        assertMessageGuidesTheUser(error.getMessage(), store);
        assertTrue(error.getMessage().contains("the download failed"), error.getMessage());
        try (var left = Files.list(store.cacheFile().getParent())) {
            assertEquals(0, left.count(), "no partial download is left in the cache folder");
        }
    }

    @Test
    void fileFailingItsChecksumIsReportedAndKept() throws IOException {
        Path cached = cacheFile();
        Files.createDirectories(cached.getParent());
        Files.writeString(cached, "a truncated download");
        Vgg16ModelStore store = new Vgg16ModelStore(UNREACHABLE, cached, 1L);
        LocalizerException error = assertThrows(LocalizerException.class, () -> store.load(true, Progress.NONE));
        assertTrue(error.getMessage().contains("Adler32 checksum " + adler32(cached) + ", not 1"), error.getMessage());
        assertTrue(Files.exists(cached), "the user's file is never deleted");
    }

    @Test
    void cachedFileWithTheRightChecksumIsLoadedWithoutNetwork() throws IOException {
        Vgg16Weights written = Vgg16Weights.random(Vgg16BackboneTest.TINY, 4);
        Path cached = cacheFile();
        Files.createDirectories(cached.getParent());
        Vgg16WeightFilesTest.writeGraphZip(cached, written, 5, false);
        Vgg16ModelStore store = new Vgg16ModelStore(UNREACHABLE, cached, adler32(cached));
        Vgg16Weights read = store.load(Vgg16BackboneTest.TINY, false, Progress.NONE);
        Vgg16WeightFilesTest.assertSameWeights(written, read);
        assertArrayEquals(written.kernels().get(12).shape(), read.kernels().get(12).shape());
    }

    @Test
    void aLocalFileTheUserNamesIsUsedInsteadOfTheStore() {
        Vgg16ModelStore store = new Vgg16ModelStore(UNREACHABLE, cacheFile(), 1L);
        Path named = folder.resolve("my-vgg16.h5");
        LocalizerException error = assertThrows(LocalizerException.class,
                () -> store.load(Optional.of(named), false, Progress.NONE));
        assertTrue(error.getMessage().contains(named.toString()), error.getMessage());
        assertFalse(error.getMessage().contains(UNREACHABLE.toString()), error.getMessage());
    }

    private Path cacheFile() {
        return folder.resolve("models").resolve("vgg16").resolve(Vgg16ModelStore.FILE_NAME);
    }

    private static void assertMessageGuidesTheUser(String message, Vgg16ModelStore store) {
        assertTrue(message.contains(store.url().toString()), message);
        assertTrue(message.contains(store.cacheFile().toString()), message);
        assertTrue(message.contains(Vgg16WeightFiles.KERAS_NOTOP_FILE), message);
    }

    private static long adler32(Path file) throws IOException {
        Adler32 checksum = new Adler32();
        checksum.update(Files.readAllBytes(file));
        return checksum.getValue();
    }
}
