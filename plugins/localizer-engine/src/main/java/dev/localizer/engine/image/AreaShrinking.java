package dev.localizer.engine.image;

import java.awt.image.BufferedImage;

import dev.localizer.engine.PackedRgb;

/**
 * Shrinks a picture to an exact smaller size by averaging, for each new pixel, the old pixels it covers, weighted
 * by how much of each it covers: every old pixel counts, so nothing aliases, and the picture's edges map exactly
 * onto the new edges (a box scales by the ratio of the sizes).
 */
final class AreaShrinking {

    /** For each new position along one axis, its first old index and the weights of consecutive old pixels. */
    private final int[] first;
    private final float[][] weights;

    private AreaShrinking(int oldSize, int newSize) {
        double scale = (double) oldSize / newSize;
        first = new int[newSize];
        weights = new float[newSize][];
        for (int out = 0; out < newSize; out++) {
            double from = out * scale;
            double to = Math.min(oldSize, (out + 1) * scale);
            int start = (int) Math.floor(from);
            int end = Math.min(oldSize, (int) Math.ceil(to));
            first[out] = start;
            weights[out] = new float[end - start];
            for (int in = start; in < end; in++) {
                weights[out][in - start] = (float) ((Math.min(to, in + 1) - Math.max(from, in)) / (to - from));
            }
        }
    }

    /**
     * The picture at {@code width × height}, each at most the picture's own side; a new {@code TYPE_INT_RGB} image,
     * or {@code TYPE_INT_ARGB} when the picture has alpha.
     */
    static BufferedImage shrink(BufferedImage picture, int width, int height) {
        int oldWidth = picture.getWidth();
        int oldHeight = picture.getHeight();
        if (width > oldWidth || height > oldHeight || width < 1 || height < 1) {
            throw new IllegalArgumentException("Cannot shrink " + oldWidth + "×" + oldHeight + " to " + width + "×" + height);
        }
        boolean alpha = picture.getColorModel().hasAlpha();
        int[] source = PackedRgb.of(picture);
        AreaShrinking across = new AreaShrinking(oldWidth, width);
        AreaShrinking down = new AreaShrinking(oldHeight, height);
        // first across every old row, four channels side by side, then down every new column
        float[] rows = new float[4 * oldHeight * width];
        for (int y = 0; y < oldHeight; y++) {
            int base = y * oldWidth;
            for (int x = 0; x < width; x++) {
                float[] w = across.weights[x];
                int start = base + across.first[x];
                float a = 0;
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < w.length; k++) {
                    int pixel = source[start + k];
                    a += w[k] * (pixel >>> 24);
                    r += w[k] * (pixel >> 16 & 0xFF);
                    g += w[k] * (pixel >> 8 & 0xFF);
                    b += w[k] * (pixel & 0xFF);
                }
                int at = 4 * (y * width + x);
                rows[at] = a;
                rows[at + 1] = r;
                rows[at + 2] = g;
                rows[at + 3] = b;
            }
        }
        BufferedImage shrunk = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] target = PackedRgb.of(shrunk);
        for (int y = 0; y < height; y++) {
            float[] w = down.weights[y];
            int start = down.first[y];
            for (int x = 0; x < width; x++) {
                float a = 0;
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < w.length; k++) {
                    int at = 4 * ((start + k) * width + x);
                    a += w[k] * rows[at];
                    r += w[k] * rows[at + 1];
                    g += w[k] * rows[at + 2];
                    b += w[k] * rows[at + 3];
                }
                int pixel = channel(r) << 16 | channel(g) << 8 | channel(b);
                target[y * width + x] = alpha ? channel(a) << 24 | pixel : pixel;
            }
        }
        return shrunk;
    }

    private static int channel(float value) {
        return Math.max(0, Math.min(255, Math.round(value)));
    }
}
