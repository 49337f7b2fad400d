package dev.localizer.engine;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Images as packed RGB ints ({@code 0xRRGGBB}, row by row), the form the engine computes on. Images that already
 * store their pixels that way give their own array, without a per-pixel conversion through the colour model,
 * which costs many times more than the computation itself.
 */
public final class PackedRgb {

    private PackedRgb() {
    }

    /**
     * The image's pixels as packed RGB (the top byte may hold alpha; ignore it). For {@code TYPE_INT_RGB} and
     * {@code TYPE_INT_ARGB} images with a plain raster this is the image's own array: read it, never write it,
     * unless the image is yours.
     */
    public static int[] of(BufferedImage image) {
        boolean packed = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB;
        if (packed && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && image.getRaster().getParent() == null
                && buffer.getData().length == image.getWidth() * image.getHeight()) {
            return buffer.getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** A new {@code TYPE_INT_RGB} image: the given one mirrored left to right. */
    public static BufferedImage mirrored(BufferedImage image) {
        int width = image.getWidth();
        int[] source = of(image);
        BufferedImage mirrored = new BufferedImage(width, image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] target = of(mirrored);
        for (int rowStart = 0; rowStart < source.length; rowStart += width) {
            int rowEnd = rowStart + width - 1;
            for (int x = 0; x < width; x++) {
                target[rowStart + x] = source[rowEnd - x] & 0xFFFFFF;
            }
        }
        return mirrored;
    }
}
