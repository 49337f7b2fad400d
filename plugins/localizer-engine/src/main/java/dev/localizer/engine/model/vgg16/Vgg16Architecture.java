package dev.localizer.engine.model.vgg16;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a VGG16 convolutional base: five blocks of 3×3 convolutions (2, 2, 3, 3, 3 of them, padding 1,
 * ReLU), each block closed by a 2×2 max-pool of stride 2. {@link #STANDARD} is VGG16 itself; narrower widths
 * give the same topology at a tiny size, which the tests use to exercise loaders and the forward pass.
 *
 * @param blockWidths output channels of the convolutions of each of the five blocks
 */
public record Vgg16Architecture(List<Integer> blockWidths) {

    static final int INPUT_CHANNELS = 3;
    static final int KERNEL_SIZE = 3;
    private static final List<Integer> CONVOLUTIONS_PER_BLOCK = List.of(2, 2, 3, 3, 3);
    public static final int BLOCKS = CONVOLUTIONS_PER_BLOCK.size();

    /** VGG16: 64, 128, 256, 512, 512 channels; 14,714,688 parameters (declared after the constants it uses). */
    public static final Vgg16Architecture STANDARD = new Vgg16Architecture(List.of(64, 128, 256, 512, 512));

    public Vgg16Architecture {
        blockWidths = List.copyOf(blockWidths);
        if (blockWidths.size() != BLOCKS || blockWidths.stream().anyMatch(width -> width < 1)) {
            throw new IllegalArgumentException("VGG16 needs five positive block widths, got " + blockWidths);
        }
    }

    /** One 3×3 convolution, named as Keras names VGG16's layers ({@code block3_conv2}). */
    public record Convolution(int block, int indexInBlock, int inputChannels, int outputChannels) {

        public String name() {
            return "block" + block + "_conv" + indexInBlock;
        }

        /** Kernel shape in DL4J's layout {@code [out, in, kH, kW]}. */
        public long[] kernelShape() {
            return new long[] {outputChannels, inputChannels, KERNEL_SIZE, KERNEL_SIZE};
        }

        public long parameterCount() {
            return (long) outputChannels * inputChannels * KERNEL_SIZE * KERNEL_SIZE + outputChannels;
        }
    }

    /** The 13 convolutions in forward order. */
    public List<Convolution> convolutions() {
        List<Convolution> convolutions = new ArrayList<>();
        int inputChannels = INPUT_CHANNELS;
        for (int block = 1; block <= BLOCKS; block++) {
            int width = blockWidths.get(block - 1);
            for (int index = 1; index <= CONVOLUTIONS_PER_BLOCK.get(block - 1); index++) {
                convolutions.add(new Convolution(block, index, inputChannels, width));
                inputChannels = width;
            }
        }
        return List.copyOf(convolutions);
    }

    public long parameterCount() {
        return convolutions().stream().mapToLong(Convolution::parameterCount).sum();
    }

    /**
     * Shape of one image's output after the first {@code blocks} blocks, channels first ({@code [c, h, w]});
     * each pool halves the size, rounding down (200 → 100 → 50 → 25 → 12 → 6).
     */
    public long[] outputShape(int blocks, int inputHeight, int inputWidth) {
        if (blocks < 1 || blocks > BLOCKS) {
            throw new IllegalArgumentException("VGG16 has blocks 1.." + BLOCKS + ", asked for " + blocks);
        }
        long height = inputHeight;
        long width = inputWidth;
        for (int block = 0; block < blocks; block++) {
            height /= 2;
            width /= 2;
        }
        if (height < 1 || width < 1) {
            throw new IllegalArgumentException("Input " + inputHeight + "×" + inputWidth + " is too small for "
                    + blocks + " VGG16 blocks: each halves it; use at least " + (1 << blocks) + " pixels a side");
        }
        return new long[] {blockWidths.get(blocks - 1), height, width};
    }
}
