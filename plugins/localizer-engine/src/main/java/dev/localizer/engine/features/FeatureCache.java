package dev.localizer.engine.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Features of training images, keyed by image index, so that a frozen backbone runs once per image and the head
 * trains for many epochs on the stored features. Features are kept on the Java heap up to a byte budget; beyond
 * it they spill to one temporary file of fixed-size float records. The file is opened with
 * {@code DELETE_ON_CLOSE}, which on Linux unlinks it at once: it never shows in the folder and vanishes with the
 * process even if the process dies; {@link #close()} releases it. A VGG16 image at
 * 200×200 takes 18,432 floats = 72 KiB, so 1,600 images need 113 MiB.
 *
 * <p>Thread-safe; all methods but {@link #close()} fail once the cache is closed.
 */
public final class FeatureCache implements AutoCloseable {

    private final long[] featureShape;
    private final int featureLength;
    private final long recordBytes;
    private final long memoryBudgetBytes;
    private final Path spillFolder;
    private final Map<Integer, float[]> inMemory = new HashMap<>();
    private final Map<Integer, Long> onDisk = new HashMap<>();
    private final ByteBuffer record;
    private FileChannel spillChannel;
    private Path spillFile;
    private boolean closed;

    /**
     * @param featureShape      one image's feature shape, without the batch dimension
     * @param memoryBudgetBytes heap bytes the features may take before the cache spills to disk (0: all on disk)
     * @param spillFolder       where the temporary spill file is created, if it is needed
     */
    public FeatureCache(long[] featureShape, long memoryBudgetBytes, Path spillFolder) {
        if (memoryBudgetBytes < 0) {
            throw new IllegalArgumentException("Memory budget must be >= 0 bytes, got " + memoryBudgetBytes);
        }
        this.featureShape = featureShape.clone();
        this.featureLength = Math.toIntExact(Arrays.stream(featureShape).reduce(1, Math::multiplyExact));
        this.recordBytes = (long) featureLength * Float.BYTES;
        this.memoryBudgetBytes = memoryBudgetBytes;
        this.spillFolder = spillFolder;
        this.record = ByteBuffer.allocate(Math.toIntExact(recordBytes)).order(ByteOrder.nativeOrder());
    }

    /** A budget that leaves room for training: a quarter of the maximum heap, at most 1 GiB. */
    public static long defaultMemoryBudgetBytes() {
        return Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);
    }

    public synchronized boolean contains(int index) {
        requireOpen();
        return inMemory.containsKey(index) || onDisk.containsKey(index);
    }

    public synchronized long memoryBytes() {
        return inMemory.size() * recordBytes;
    }

    public synchronized long diskBytes() {
        return onDisk.size() * recordBytes;
    }

    /**
     * Stores the features of a batch of images.
     *
     * @param indices  the images' indices, one per row of {@code features}
     * @param features {@code [indices.length, featureShape...]}
     */
    public synchronized void put(int[] indices, INDArray features) {
        requireOpen();
        long[] expected = batchShape(indices.length);
        if (!Arrays.equals(features.shape(), expected)) {
            throw new IllegalArgumentException("Features for " + indices.length + " images must have shape "
                    + Arrays.toString(expected) + ", got " + Arrays.toString(features.shape()));
        }
        float[] all = features.castTo(DataType.FLOAT).dup('c').data().asFloat();
        for (int row = 0; row < indices.length; row++) {
            store(indices[row], Arrays.copyOfRange(all, row * featureLength, (row + 1) * featureLength));
        }
    }

    private void store(int index, float[] values) {
        Long offset = onDisk.get(index);
        if (offset != null) {
            write(offset, values);
        } else if (inMemory.containsKey(index) || memoryBytes() + recordBytes <= memoryBudgetBytes) {
            inMemory.put(index, values);
        } else {
            offset = diskBytes();
            write(offset, values);
            onDisk.put(index, offset);
        }
    }

    /**
     * The features of the given images, in the given order.
     *
     * @return {@code [indices.length, featureShape...]}
     * @throws IllegalArgumentException when an index was never stored
     */
    public synchronized INDArray get(int[] indices) {
        requireOpen();
        float[] all = new float[Math.multiplyExact(indices.length, featureLength)];
        for (int row = 0; row < indices.length; row++) {
            System.arraycopy(load(indices[row]), 0, all, row * featureLength, featureLength);
        }
        return Nd4j.create(all, batchShape(indices.length), DataType.FLOAT);
    }

    /**
     * The features of the given images, computing those not yet cached with one call of {@code compute}, which
     * receives the missing indices and returns their features ({@code [missing.length, featureShape...]}).
     */
    public synchronized INDArray get(int[] indices, Function<int[], INDArray> compute) {
        int[] missing = IntStream.of(indices).distinct().filter(index -> !contains(index)).toArray();
        if (missing.length > 0) {
            put(missing, compute.apply(missing));
        }
        return get(indices);
    }

    private float[] load(int index) {
        float[] values = inMemory.get(index);
        if (values != null) {
            return values;
        }
        Long offset = onDisk.get(index);
        if (offset == null) {
            throw new IllegalArgumentException("No features cached for image " + index);
        }
        try {
            record.clear();
            while (record.hasRemaining()) {
                if (spillChannel.read(record, offset + record.position()) < 0) {
                    throw new IOException("spill file " + spillFile + " ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read cached features from " + spillFile, e);
        }
        record.flip();
        float[] read = new float[featureLength];
        record.asFloatBuffer().get(read);
        return read;
    }

    private void write(long offset, float[] values) {
        try {
            if (spillChannel == null) {
                spillFile = Files.createTempFile(spillFolder, "localizer-features-", ".bin");
                spillChannel = FileChannel.open(spillFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
            }
            record.clear();
            record.asFloatBuffer().put(values);
            while (record.hasRemaining()) {
                record.position(record.position() + spillChannel.write(record, offset + record.position()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spill features to a temporary file in " + spillFolder
                    + "; free disk space there or raise the feature cache's memory budget", e);
        }
    }

    private long[] batchShape(int count) {
        long[] shape = new long[featureShape.length + 1];
        shape[0] = count;
        System.arraycopy(featureShape, 0, shape, 1, featureShape.length);
        return shape;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The feature cache was closed");
        }
    }

    /** Drops the features and deletes the spill file. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        inMemory.clear();
        onDisk.clear();
        if (spillChannel != null) {
            try {
                spillChannel.close();
                Files.deleteIfExists(spillFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the feature spill file " + spillFile, e);
            }
        }
    }
}
