package dev.localizer.engine.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class FeatureCacheTest {

    private static final long[] SHAPE = {4, 2, 3};
    private static final long RECORD_BYTES = 4 * 2 * 3 * Float.BYTES;

    @TempDir
    Path folder;

    @Test
    void returnsWhatWasStoredInTheAskedOrder() {
        INDArray features = Nd4j.rand(DataType.FLOAT, 6, 4, 2, 3);
        try (FeatureCache cache = new FeatureCache(SHAPE, 1 << 20, folder)) {
            cache.put(new int[] {10, 11, 12, 13, 14, 15}, features);
            INDArray read = cache.get(new int[] {15, 10, 12});
            assertArrayEquals(new long[] {3, 4, 2, 3}, read.shape());
            assertEquals(features.get(NDArrayIndex.point(5)), read.get(NDArrayIndex.point(0)));
            assertEquals(features.get(NDArrayIndex.point(0)), read.get(NDArrayIndex.point(1)));
            assertEquals(features.get(NDArrayIndex.point(2)), read.get(NDArrayIndex.point(2)));
            assertEquals(6 * RECORD_BYTES, cache.memoryBytes());
            assertEquals(0, cache.diskBytes());
        }
    }

    @Test
    void keepsMemoryWithinTheBudgetAndSpillsTheRestToOneFile() {
        INDArray features = Nd4j.rand(DataType.FLOAT, 10, 4, 2, 3);
        int[] indices = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        try (FeatureCache cache = new FeatureCache(SHAPE, 3 * RECORD_BYTES + 5, folder)) {
            cache.put(indices, features);
            assertEquals(3 * RECORD_BYTES, cache.memoryBytes());
            assertEquals(7 * RECORD_BYTES, cache.diskBytes());
            assertEquals(features, cache.get(indices));
        }
    }

    @Test
    void overwritingASpilledImageKeepsItsPlace() {
        try (FeatureCache cache = new FeatureCache(SHAPE, 0, folder)) {
            cache.put(new int[] {1, 2}, Nd4j.rand(DataType.FLOAT, 2, 4, 2, 3));
            INDArray replacement = Nd4j.rand(DataType.FLOAT, 1, 4, 2, 3);
            cache.put(new int[] {1}, replacement);
            assertEquals(2 * RECORD_BYTES, cache.diskBytes());
            assertEquals(replacement, cache.get(new int[] {1}));
        }
    }

    @Test
    void spillFileLeavesNothingBehind() {
        FeatureCache cache = new FeatureCache(SHAPE, 0, folder);
        cache.put(new int[] {3}, Nd4j.rand(DataType.FLOAT, 1, 4, 2, 3));
        assertEquals(RECORD_BYTES, cache.diskBytes());
        assertEquals(List.of(), spillFiles(), "the spill file is unlinked while open");
        cache.close();
        assertEquals(List.of(), spillFiles());
        assertThrows(IllegalStateException.class, () -> cache.get(new int[] {3}));
    }

    @Test
    void computesOnlyMissingFeaturesOnceInOneCall() {
        List<int[]> computed = new ArrayList<>();
        try (FeatureCache cache = new FeatureCache(SHAPE, 2 * RECORD_BYTES, folder)) {
            INDArray first = cache.get(new int[] {5, 6, 5}, missing -> {
                computed.add(missing);
                return Nd4j.rand(DataType.FLOAT, missing.length, 4, 2, 3);
            });
            INDArray second = cache.get(new int[] {6, 7}, missing -> {
                computed.add(missing);
                return Nd4j.rand(DataType.FLOAT, missing.length, 4, 2, 3);
            });
            assertEquals(2, computed.size());
            assertArrayEquals(new int[] {5, 6}, computed.get(0));
            assertArrayEquals(new int[] {7}, computed.get(1));
            assertEquals(first.get(NDArrayIndex.point(0)), first.get(NDArrayIndex.point(2)));
            assertEquals(first.get(NDArrayIndex.point(1)), second.get(NDArrayIndex.point(0)));
            assertTrue(cache.contains(7));
            assertFalse(cache.contains(8));
        }
    }

    @Test
    void rejectsFeaturesOfTheWrongShapeAndUnknownImages() {
        try (FeatureCache cache = new FeatureCache(SHAPE, 1 << 20, folder)) {
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> cache.put(new int[] {1}, Nd4j.rand(DataType.FLOAT, 1, 4, 3, 2)));
            assertTrue(shape.getMessage().contains("[1, 4, 2, 3]"), shape.getMessage());
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> cache.get(new int[] {42}));
            assertTrue(unknown.getMessage().contains("42"), unknown.getMessage());
        }
    }

    private List<Path> spillFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
