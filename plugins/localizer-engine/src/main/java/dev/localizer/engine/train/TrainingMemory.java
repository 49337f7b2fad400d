package dev.localizer.engine.train;

import java.util.Locale;

import org.bytedeco.javacpp.Pointer;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.model.CompactNetwork;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;

/**
 * Whether a training configuration fits in the memory this Java may use, estimated before training starts, so
 * that a batch or input size far too large is refused at once with what would fit, instead of failing with an
 * out-of-memory error after minutes. The estimate counts 4-byte values: the weights with their gradients and
 * Adam's two moments, and per scene of a batch its encoded input (queued batches included) and three times the
 * activations of its forward pass (forward values, their gradients, working space); it errs on the large side.
 */
public final class TrainingMemory {

    private static final long BYTES_PER_VALUE = Float.BYTES;
    /** Weights, gradients and Adam's two moments. */
    private static final int COPIES_PER_WEIGHT = 4;
    /** Forward values, their gradients and working space. */
    private static final int COPIES_PER_ACTIVATION = 3;
    /** Encoded batches alive at once: those queued ahead by the producer, the one training, the one encoding. */
    private static final int ENCODED_BATCHES = Trainer.QUEUED_BATCHES + 2;
    /** What one image's pass through the frozen VGG16 base keeps, per input pixel (≈ 10.8 M values at 200×200). */
    private static final int VGG16_ACTIVATIONS_PER_PIXEL = 270;

    private TrainingMemory() {
    }

    /** Bytes that training with this configuration needs, by the estimate above. */
    public static long estimateBytes(TrainingConfig config) {
        return BYTES_PER_VALUE * (fixedValues(config.backbone(), config.inputSize())
                + (long) config.batchSize() * valuesPerScene(config.backbone(), config.inputSize()));
    }

    /** The memory that ND4J may allocate outside the Java heap, where networks and batches live. */
    public static long availableBytes() {
        long offHeap = Pointer.maxBytes();
        return offHeap > 0 ? offHeap : Runtime.getRuntime().maxMemory();
    }

    /** Refuses a configuration that needs more than {@link #availableBytes()}, saying what would fit. */
    public static void check(TrainingConfig config) {
        check(config, availableBytes());
    }

    static void check(TrainingConfig config, long availableBytes) {
        long inputValues = inputValues(config.backbone(), config.inputSize());
        long largestByArray = (Integer.MAX_VALUE - 8) / inputValues;
        long needed = estimateBytes(config);
        if (needed <= availableBytes) {
            if (config.batchSize() > largestByArray) {
                throw new LocalizerException("A batch of " + config.batchSize() + " scenes at input size "
                        + config.inputSize() + " is more than one array holds (at most " + largestByArray
                        + " scenes at this input size); use a smaller batch size");
            }
            return;
        }
        long fixed = BYTES_PER_VALUE * fixedValues(config.backbone(), config.inputSize());
        long perScene = BYTES_PER_VALUE * valuesPerScene(config.backbone(), config.inputSize());
        long fittingBatch = Math.min(largestByArray, Math.max(0, (availableBytes - fixed) / perScene));
        String fits = fittingBatch >= 1
                ? "at input size " + config.inputSize() + ", batches of up to " + fittingBatch + " scenes fit"
                : largestFittingInput(config, availableBytes);
        throw new LocalizerException("Training " + config.backbone() + " at input size " + config.inputSize()
                + " with batches of " + config.batchSize() + " scenes needs about " + gigabytes(needed)
                + " of memory, more than the " + gigabytes(availableBytes) + " this Java may use; " + fits
                + ". Lower the batch size or the input size, or give Java more memory");
    }

    private static String largestFittingInput(TrainingConfig config, long availableBytes) {
        for (int size = config.inputSize() - 1; size >= InputEncoding.MIN_SIDE; size--) {
            TrainingConfig smaller;
            try {
                smaller = config.toBuilder().inputSize(size).build();
            } catch (LocalizerException tooSmall) {
                break;
            }
            if (estimateBytes(smaller) <= availableBytes) {
                return "batches of " + config.batchSize() + " fit up to input size " + size;
            }
        }
        return "not even one scene per batch fits at any input size";
    }

    private static long inputValues(Backbone backbone, int inputSize) {
        return (long) (backbone == Backbone.VGG16 ? 3 : 5) * inputSize * inputSize;
    }

    /** Values that do not grow with the batch: weights, and the frozen base's chunked forward pass. */
    private static long fixedValues(Backbone backbone, int inputSize) {
        if (backbone == Backbone.VGG16) {
            long base = Vgg16Architecture.STANDARD.parameterCount();
            long chunk = 8L * VGG16_ACTIVATIONS_PER_PIXEL * inputSize * inputSize;
            long[] features = Vgg16Architecture.STANDARD.outputShape(Vgg16Architecture.BLOCKS, inputSize, inputSize);
            long head = (features[0] * features[1] * features[2] + 1) * 8;
            return base + chunk + COPIES_PER_WEIGHT * head;
        }
        InputEncoding input = new InputEncoding(inputSize, inputSize, true);
        return COPIES_PER_WEIGHT * CompactNetwork.parameterCount(input, 1);
    }

    private static long valuesPerScene(Backbone backbone, int inputSize) {
        long activations;
        if (backbone == Backbone.VGG16) {
            long[] blockFour = Vgg16Architecture.STANDARD.outputShape(Vgg16Architecture.BLOCKS - 1, inputSize, inputSize);
            // Block-4 features, and block 5 when it is fine-tuned, bound what the head keeps per scene.
            activations = 4 * blockFour[0] * blockFour[1] * blockFour[2];
        } else {
            activations = CompactNetwork.activationsPerImage(new InputEncoding(inputSize, inputSize, true));
        }
        return ENCODED_BATCHES * inputValues(backbone, inputSize) + COPIES_PER_ACTIVATION * activations;
    }

    private static String gigabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}
