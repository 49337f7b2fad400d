package dev.localizer.engine.model;

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

    public InputEncoding {
        if (height < 8 || width < 8 || height > 4096 || width > 4096) {
            throw new LocalizerException("The model input size must be between 8 and 4096 pixels, got " + width + "×" + height);
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
        int imageSize = channels() * height * width;
        float[] data = new float[images.size() * imageSize];
        for (int n = 0; n < images.size(); n++) {
            encodeInto(images.get(n), data, n * imageSize);
        }
        INDArray encoded = Nd4j.createUninitialized(DataType.FLOAT, images.size(), channels(), height, width);
        encoded.data().asNioFloat().put(data);
        return encoded;
    }

    /** Writes one image's encoding at {@code offset}. */
    void encodeInto(BufferedImage image, float[] data, int offset) {
        int sourceWidth = image.getWidth();
        int sourceHeight = image.getHeight();
        int[] pixels = PackedRgb.of(image);
        Resampling.resize(pixels, sourceWidth, sourceHeight, new Resampling(sourceWidth, width),
                new Resampling(sourceHeight, height), data, offset, width, height);
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
