package dev.localizer.engine.model;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.PackedRgb;

/**
 * How images become network input: resized (triangle filter, antialiased when shrinking) to {@code height × width}, channels first, red, green and
 * blue scaled to 0..1, optionally followed by two coordinate channels (row and column position, −1 at the top or
 * left edge to +1 at the bottom or right edge) that let convolutions know where they are, which helps them
 * regress box positions.
 */
public record InputEncoding(int height, int width, boolean coordinateChannels) {

    public static final String NORMALIZATION = "rgb/255";

    /** The smallest input side: smaller inputs leave no room for an object. */
    public static final int MIN_SIDE = 8;
    /**
     * The largest input side: a dense head on larger feature maps would have billions of weights, and the
     * encoded images of one batch would not fit in a Java array.
     */
    public static final int MAX_SIDE = 1024;

    public InputEncoding {
        if (height < MIN_SIDE || width < MIN_SIDE || height > MAX_SIDE || width > MAX_SIDE) {
            throw new LocalizerException("The model input size must be between " + MIN_SIDE + " and " + MAX_SIDE
                    + " pixels, got " + width + "×" + height);
        }
    }

    /** Channels of the encoded input, in order, as written in model manifests. */
    public List<String> channelNames() {
        return coordinateChannels ? List.of("red", "green", "blue", "row", "column") : List.of("red", "green", "blue");
    }

    public int channels() {
        return coordinateChannels ? 5 : 3;
    }

    /** The float input {@code [n, channels, height, width]} for the given images (of any size). */
    public INDArray encode(List<BufferedImage> images) {
        float[] data = newBatch(images.size());
        for (int n = 0; n < images.size(); n++) {
            BufferedImage image = images.get(n);
            encodeInto(image, new Rectangle(image.getWidth(), image.getHeight()), data, n * valuesPerImage());
        }
        return toInput(data, images.size());
    }

    /** How many floats one encoded image takes. */
    public int valuesPerImage() {
        return channels() * height * width;
    }

    /** Room for the encodings of {@code images} images, to fill with {@link #encodeInto} and pass to {@link #toInput}. */
    public float[] newBatch(int images) {
        long values = (long) images * valuesPerImage();
        if (values > Integer.MAX_VALUE - 8) {
            throw new LocalizerException("A batch of " + images + " images of " + width + "×" + height + " px with "
                    + channels() + " channels is " + values + " values, more than one array holds; use smaller batches");
        }
        return new float[(int) values];
    }

    /** The network input made of {@code images} encodings written into {@code data}. */
    public INDArray toInput(float[] data, int images) {
        INDArray encoded = Nd4j.createUninitialized(DataType.FLOAT, images, channels(), height, width);
        encoded.data().asNioFloat().put(data, 0, images * valuesPerImage());
        return encoded;
    }

    /**
     * The encoding of the mirror images of what {@link #encode} encoded: the colour channels reversed left to
     * right, the coordinate channels as they are (they say where a pixel is, whatever the picture).
     */
    public INDArray mirrored(INDArray encoded) {
        long[] shape = encoded.shape();
        if (shape.length != 4 || shape[1] != channels() || shape[2] != height || shape[3] != width) {
            throw new IllegalArgumentException("Not an encoding of this input: shape " + java.util.Arrays.toString(shape));
        }
        float[] data = encoded.dup('c').data().asFloat();
        float[] mirrored = data.clone();
        int plane = height * width;
        for (int n = 0; n < shape[0]; n++) {
            for (int channel = 0; channel < 3; channel++) {
                int base = (n * channels() + channel) * plane;
                for (int y = 0; y < height; y++) {
                    int row = base + y * width;
                    for (int x = 0; x < width; x++) {
                        mirrored[row + x] = data[row + width - 1 - x];
                    }
                }
            }
        }
        INDArray result = Nd4j.createUninitialized(DataType.FLOAT, shape);
        result.data().asNioFloat().put(mirrored);
        return result;
    }

    /**
     * Writes the encoding of {@code region} of {@code image}, resized to the input size (so that a region smaller
     * than the image zooms in), at {@code offset}: red, green and blue planes, then the coordinate channels.
     */
    public void encodeInto(BufferedImage image, Rectangle region, float[] data, int offset) {
        if (region.isEmpty() || !new Rectangle(image.getWidth(), image.getHeight()).contains(region)) {
            throw new IllegalArgumentException("Region " + region + " is not inside the " + image.getWidth() + "×"
                    + image.getHeight() + " image");
        }
        Resampling.resize(PackedRgb.of(image), image.getWidth(), region, new Resampling(region.width, width),
                new Resampling(region.height, height), data, offset, width, height);
        if (coordinateChannels) {
            int plane = height * width;
            for (int y = 0; y < height; y++) {
                float row = height == 1 ? 0 : 2f * y / (height - 1) - 1;
                for (int x = 0; x < width; x++) {
                    data[offset + 3 * plane + y * width + x] = row;
                    data[offset + 4 * plane + y * width + x] = width == 1 ? 0 : 2f * x / (width - 1) - 1;
                }
            }
        }
    }
}
