package dev.localizer.engine.model;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.LocalizerException;

/**
 * How images become network input: resized (bilinear) to {@code height × width}, channels first, red, green and
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
        int plane = height * width;
        int imageSize = channels() * plane;
        float[] data = new float[images.size() * imageSize];
        int[] rgb = new int[plane];
        for (int n = 0; n < images.size(); n++) {
            encodeInto(images.get(n), data, n * imageSize, rgb);
        }
        return Nd4j.create(data, new long[] {images.size(), channels(), height, width}, 'c');
    }

    /** Writes one image's encoding at {@code offset}; {@code rgb} is scratch space of {@code height·width} ints. */
    void encodeInto(BufferedImage image, float[] data, int offset, int[] rgb) {
        int plane = height * width;
        resized(image).getRGB(0, 0, width, height, rgb, 0, width);
        for (int i = 0; i < plane; i++) {
            int pixel = rgb[i];
            data[offset + i] = ((pixel >> 16) & 0xFF) / 255f;
            data[offset + plane + i] = ((pixel >> 8) & 0xFF) / 255f;
            data[offset + 2 * plane + i] = (pixel & 0xFF) / 255f;
        }
        if (coordinateChannels) {
            for (int y = 0; y < height; y++) {
                float row = height == 1 ? 0 : 2f * y / (height - 1) - 1;
                for (int x = 0; x < width; x++) {
                    data[offset + 3 * plane + y * width + x] = row;
                    data[offset + 4 * plane + y * width + x] = width == 1 ? 0 : 2f * x / (width - 1) - 1;
                }
            }
        }
    }

    private BufferedImage resized(BufferedImage image) {
        if (image.getWidth() == width && image.getHeight() == height) {
            return image;
        }
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
