package dev.localizer.engine.model;

import java.awt.Rectangle;
import java.util.Arrays;

/**
 * The weights of a separable triangle (linear) filter that resizes one image axis, widened by the scale factor
 * when shrinking so that every source pixel contributes (no aliasing), as good image libraries do. Precomputed
 * once per size pair: resizing then is two passes of multiply-adds over packed RGB pixels.
 */
final class Resampling {

    /** For each output position, its first source index and the weights of consecutive source pixels. */
    private final int[] first;
    private final float[][] weights;

    Resampling(int sourceSize, int targetSize) {
        double scale = (double) sourceSize / targetSize;
        double support = Math.max(1, scale);
        first = new int[targetSize];
        weights = new float[targetSize][];
        for (int out = 0; out < targetSize; out++) {
            double center = (out + 0.5) * scale;
            int from = Math.max(0, (int) Math.floor(center - support));
            int to = Math.min(sourceSize - 1, (int) Math.ceil(center + support));
            double[] raw = new double[to - from + 1];
            double total = 0;
            for (int in = from; in <= to; in++) {
                double distance = Math.abs(in + 0.5 - center) / support;
                raw[in - from] = Math.max(0, 1 - distance);
                total += raw[in - from];
            }
            first[out] = from;
            weights[out] = new float[raw.length];
            for (int k = 0; k < raw.length; k++) {
                weights[out][k] = (float) (raw[k] / total);
            }
        }
    }

    /**
     * Resizes {@code region} of packed RGB pixels {@code source} (rows of {@code sourceWidth}) into three float
     * planes of {@code target} starting at {@code offset}, each channel scaled to 0..1. The resamplings go from the
     * region's width and height to the target's.
     */
    static void resize(int[] source, int sourceWidth, Rectangle region, Resampling horizontal, Resampling vertical,
                       float[] target, int offset, int targetWidth, int targetHeight) {
        int plane = targetWidth * targetHeight;
        float[] rows = new float[3 * region.height * targetWidth];
        int rowPlane = region.height * targetWidth;
        // each source pixel feeds several outputs, so its channels are unpacked once per row
        float[] reds = new float[region.width];
        float[] greens = new float[region.width];
        float[] blues = new float[region.width];
        for (int y = 0; y < region.height; y++) {
            int base = (region.y + y) * sourceWidth + region.x;
            for (int x = 0; x < region.width; x++) {
                int pixel = source[base + x];
                reds[x] = (pixel >> 16) & 0xFF;
                greens[x] = (pixel >> 8) & 0xFF;
                blues[x] = pixel & 0xFF;
            }
            for (int x = 0; x < targetWidth; x++) {
                float red = 0;
                float green = 0;
                float blue = 0;
                float[] w = horizontal.weights[x];
                int start = horizontal.first[x];
                for (int k = 0; k < w.length; k++) {
                    red += w[k] * reds[start + k];
                    green += w[k] * greens[start + k];
                    blue += w[k] * blues[start + k];
                }
                int at = y * targetWidth + x;
                rows[at] = red;
                rows[rowPlane + at] = green;
                rows[2 * rowPlane + at] = blue;
            }
        }
        // whole rows at a time, so that the inner loop runs along memory
        float[] sums = new float[targetWidth];
        for (int channel = 0; channel < 3; channel++) {
            int from = channel * rowPlane;
            int to = offset + channel * plane;
            for (int y = 0; y < targetHeight; y++) {
                float[] w = vertical.weights[y];
                int start = vertical.first[y];
                Arrays.fill(sums, 0);
                for (int k = 0; k < w.length; k++) {
                    float weight = w[k];
                    int row = from + (start + k) * targetWidth;
                    for (int x = 0; x < targetWidth; x++) {
                        sums[x] += weight * rows[row + x];
                    }
                }
                for (int x = 0; x < targetWidth; x++) {
                    target[to + y * targetWidth + x] = sums[x] / 255f;
                }
            }
        }
    }
}
