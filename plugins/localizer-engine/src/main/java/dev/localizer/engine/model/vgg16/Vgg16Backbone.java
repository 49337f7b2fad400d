package dev.localizer.engine.model.vgg16;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The frozen VGG16 convolutional base, run with ND4J's convolution and pooling ops (oneDNN in the
 * {@code onednn-avx2} native build) rather than DL4J layers: measured here (benchmark {@code vgg16}), the ops in
 * channels-last layout are about twice as fast as in channels-first and faster than the layer API with its
 * oneDNN helpers, and they need no DL4J network around a base that never trains.
 *
 * <p>Input is the engine's RGB 0..1, channels first; the {@link ChannelNormalization#CAFFE caffe} normalization
 * the weights expect (BGR, ×255, minus the ImageNet mean) is applied inside: the channel swap and the scale are
 * folded into the first convolution's kernel (exact, as both are linear and keep zero padding zero), leaving
 * one mean subtraction per pixel. Features come out channels first ({@code [n, 512, 6, 6]} at 200×200), the
 * order a DL4J CNN→dense flatten uses.
 *
 * <p>Large batches are processed in chunks (of {@link #DEFAULT_CHUNK_SIZE} images by default): the per-image
 * results are the same, the memory for activations shrinks by batch/chunk, and throughput is at least as good. Each chunk's activations
 * live in an ND4J workspace that is sized on the first chunk and reused afterwards (about 390 MB for a chunk of
 * 8 images at 200×200): closing arrays one by one left some of them to the garbage collector, so the resident
 * memory grew by tens of MB per image until a collection happened to run.
 *
 * <p>Not thread-safe: call {@link #features} and {@link #close} from one thread (ND4J workspaces belong to the
 * thread that made them).
 */
public final class Vgg16Backbone implements AutoCloseable {

    public static final int DEFAULT_CHUNK_SIZE = 8;

    private static final Conv2DConfig CONVOLUTION = Conv2DConfig.builder()
            .kH(Vgg16Architecture.KERNEL_SIZE).kW(Vgg16Architecture.KERNEL_SIZE).sH(1).sW(1).pH(1).pW(1)
            .dataFormat(Conv2DConfig.NHWC).weightsFormat(WeightsFormat.YXIO).build();
    /** Sized by the first chunk, then reused: every later chunk of the same size allocates nothing. */
    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP)
            .policyReset(ResetPolicy.BLOCK_LEFT).policySpill(SpillPolicy.REALLOCATE).build();
    private static final Pooling2DConfig POOLING = Pooling2DConfig.builder()
            .kH(2).kW(2).sH(2).sW(2).isNHWC(true).build();

    private final Vgg16Architecture architecture;
    private final int blocks;
    private final int inputHeight;
    private final int inputWidth;
    private final int chunkSize;
    private final List<INDArray> channelsLastKernels = new ArrayList<>();
    private final List<INDArray> biases = new ArrayList<>();
    private final INDArray rgbMeanOverScale;
    private final String workspaceId = "vgg16-forward-" + System.identityHashCode(this);
    private boolean closed;

    /**
     * @param blocks    how many of the five blocks to run: 5 for the whole base, 4 when block 5 is fine-tuned as
     *                  trainable layers (see {@link Vgg16LayerBlocks#lastBlock})
     * @param chunkSize images per internal forward pass
     */
    public Vgg16Backbone(Vgg16Weights weights, int blocks, int inputHeight, int inputWidth, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("Chunk size must be at least 1, got " + chunkSize);
        }
        this.architecture = weights.architecture();
        architecture.outputShape(blocks, inputHeight, inputWidth); // rejects too-small inputs
        this.blocks = blocks;
        this.inputHeight = inputHeight;
        this.inputWidth = inputWidth;
        this.chunkSize = chunkSize;
        ChannelNormalization normalization = ChannelNormalization.CAFFE;
        List<Vgg16Architecture.Convolution> convolutions = architecture.convolutions();
        for (int i = 0; i < convolutions.size() && convolutions.get(i).block() <= blocks; i++) {
            INDArray kernel = weights.kernels().get(i);
            if (i == 0) {
                // The weights read BGR×255; reordering their input channels to RGB and scaling them by 255 lets
                // the pass read RGB 0..1 directly.
                kernel = kernel.get(NDArrayIndex.all(), NDArrayIndex.indices(2, 1, 0), NDArrayIndex.all(),
                        NDArrayIndex.all()).mul(normalization.scale());
            }
            channelsLastKernels.add(kernel.permute(2, 3, 1, 0).castTo(DataType.FLOAT).dup('c'));
            biases.add(weights.biases().get(i).castTo(DataType.FLOAT).dup());
        }
        List<Double> bgrMean = normalization.mean();
        rgbMeanOverScale = Nd4j.create(new float[] {
                (float) (bgrMean.get(2) / normalization.scale()),
                (float) (bgrMean.get(1) / normalization.scale()),
                (float) (bgrMean.get(0) / normalization.scale())}, new long[] {1, 3}, DataType.FLOAT);
    }

    /** The whole base (five blocks), in chunks of {@link #DEFAULT_CHUNK_SIZE}. */
    public static Vgg16Backbone frozen(Vgg16Weights weights, int inputHeight, int inputWidth) {
        return new Vgg16Backbone(weights, Vgg16Architecture.BLOCKS, inputHeight, inputWidth, DEFAULT_CHUNK_SIZE);
    }

    /** Blocks 1–4 only, for training with block 5 unfrozen ({@link Vgg16LayerBlocks#lastBlock}). */
    public static Vgg16Backbone belowLastBlock(Vgg16Weights weights, int inputHeight, int inputWidth) {
        return new Vgg16Backbone(weights, Vgg16Architecture.BLOCKS - 1, inputHeight, inputWidth,
                DEFAULT_CHUNK_SIZE);
    }

    /** The shape of one image's features, without the batch dimension (e.g. {@code {512, 6, 6}}). */
    public long[] featureShape() {
        return architecture.outputShape(blocks, inputHeight, inputWidth);
    }

    /**
     * Features of a batch of images.
     *
     * @param images float {@code [n, 3, inputHeight, inputWidth]}, RGB scaled to 0..1 (the normalization the
     *               weights expect is applied inside)
     * @return {@code [n, featureShape...]}
     */
    public INDArray features(INDArray images) {
        if (closed) {
            throw new IllegalStateException("This VGG16 backbone was closed");
        }
        long[] shape = images.shape();
        if (shape.length != 4 || shape[1] != Vgg16Architecture.INPUT_CHANNELS || shape[2] != inputHeight
                || shape[3] != inputWidth) {
            throw new IllegalArgumentException("VGG16 backbone expects images [n, 3, " + inputHeight + ", "
                    + inputWidth + "], got " + Arrays.toString(shape));
        }
        long count = shape[0];
        long[] featureShape = featureShape();
        INDArray result = Nd4j.create(DataType.FLOAT, count, featureShape[0], featureShape[1], featureShape[2]);
        for (long start = 0; start < count; start += chunkSize) {
            long end = Math.min(count, start + chunkSize);
            INDArray chunk = images.get(NDArrayIndex.interval(start, end), NDArrayIndex.all(), NDArrayIndex.all(),
                    NDArrayIndex.all());
            try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager()
                    .getAndActivateWorkspace(WORKSPACE, workspaceId)) {
                INDArray channelsLast = forward(normalizedChannelsLast(chunk));
                result.get(NDArrayIndex.interval(start, end), NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.all()).assign(channelsLast.permute(0, 3, 1, 2));
            }
        }
        return result;
    }

    private INDArray normalizedChannelsLast(INDArray chunk) {
        INDArray channelsLast = chunk.permute(0, 2, 3, 1).castTo(DataType.FLOAT).dup('c');
        long[] shape = channelsLast.shape();
        return channelsLast.reshape(shape[0] * shape[1] * shape[2], shape[3]).subiRowVector(rgbMeanOverScale)
                .reshape(shape);
    }

    private INDArray forward(INDArray input) {
        INDArray current = input;
        List<Vgg16Architecture.Convolution> convolutions = architecture.convolutions();
        for (int i = 0; i < channelsLastKernels.size(); i++) {
            current = Transforms.relu(Nd4j.cnn().conv2d(current, channelsLastKernels.get(i), biases.get(i),
                    CONVOLUTION), false);
            boolean lastOfBlock = i + 1 == convolutions.size()
                    || convolutions.get(i + 1).block() != convolutions.get(i).block();
            if (lastOfBlock) {
                current = Nd4j.cnn().maxPooling2d(current, POOLING);
            }
        }
        return current;
    }

    private static void release(INDArray array) {
        if (array.closeable()) {
            array.close();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            channelsLastKernels.forEach(Vgg16Backbone::release);
            biases.forEach(Vgg16Backbone::release);
            release(rgbMeanOverScale);
            if (Nd4j.getWorkspaceManager().checkIfWorkspaceExists(workspaceId)) {
                Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(workspaceId).destroyWorkspace();
            }
        }
    }
}
