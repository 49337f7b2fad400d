package dev.localizer.engine.scene;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;

/**
 * Makes labelled scenes: a random crop of a random background and, with the presence probability, a random
 * sprite scaled, maybe flipped and alpha-composited at a random position entirely inside the scene.
 *
 * <p>Scene number {@code i} depends only on the config and {@code i} (each index seeds its own random numbers),
 * so the same config gives the same pixels and labels in any order and with any number of threads. Scenes
 * without an object have the box {@link Box#NONE} and the class name {@link #NO_CLASS}. A generator is
 * immutable and safe to share between threads.
 */
public final class SceneGenerator {

    /** The class name of scenes without an object. */
    public static final String NO_CLASS = "";

    private final SceneConfig config;

    /**
     * A generator for the config. With {@link BoxConvention#TIGHT} boxes, each sprite is drawn once at the smallest
     * scale to make sure it has visible pixels, so that an invisible sprite fails here, not half way.
     */
    public SceneGenerator(SceneConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (config.boxConvention() == BoxConvention.TIGHT) {
            for (Sprite sprite : config.sprites()) {
                requireVisible(sprite, config.minScale(), config.alphaThreshold());
            }
        }
    }

    private static void requireVisible(Sprite sprite, double scale, int alphaThreshold) {
        for (int pixel : sprite.raster(sprite.scaledWidth(scale), sprite.scaledHeight(scale)).pixels()) {
            if (pixel >>> 24 > alphaThreshold) {
                return;
            }
        }
        throw new LocalizerException("The sprite " + sprite.source() + " has no pixel with alpha above the threshold "
                + alphaThreshold + " at scale " + scale + ", so it would be invisible; use a sprite with opaque parts, "
                + "lower the alpha threshold or use the SPRITE box convention");
    }

    /** Scene number {@code index} of this config (any index ≥ 0). */
    public Scene generate(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("Scene index must not be negative, got " + index);
        }
        SplittableRandom random = new SplittableRandom(mix(config.seed(), index));
        int width = config.width();
        int height = config.height();
        Background background = config.backgrounds().get(random.nextInt(config.backgrounds().size()));
        int cropLeft = random.nextInt(background.width() - width + 1);
        int cropTop = random.nextInt(background.height() - height + 1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        background.crop(cropLeft, cropTop, width, height, pixels);

        if (random.nextDouble() >= config.presenceProbability()) {
            return new Scene(image, Label.ABSENT);
        }
        Sprite sprite = config.sprites().get(random.nextInt(config.sprites().size()));
        double scale = config.minScale() + (config.maxScale() - config.minScale()) * random.nextDouble();
        boolean flip = random.nextDouble() < config.flipProbability();
        SpriteRaster raster = sprite.raster(sprite.scaledWidth(scale), sprite.scaledHeight(scale));
        int left = random.nextInt(width - raster.width() + 1);
        int top = random.nextInt(height - raster.height() + 1);
        int[] visible = composite(raster, flip, pixels, width, left, top, config.alphaThreshold());
        Box box = switch (config.boxConvention()) {
            case SPRITE -> new Box(top, left, raster.height(), raster.width());
            case TIGHT -> tightBox(visible, top, left, sprite, scale);
        };
        return new Scene(image, Label.of(box, sprite.className()));
    }

    /** Scenes {@code 0 … count-1}, made on {@code threads} threads (0 = all cores). */
    public List<Scene> generate(int count, int threads, Progress progress) {
        return generate(0, count, threads, progress);
    }

    /**
     * Scenes {@code first … first+count-1}, made on {@code threads} threads (0 = all cores), in index order.
     * Reports progress and stops with {@link CancelledException} when cancelled.
     */
    public List<Scene> generate(long first, int count, int threads, Progress progress) {
        return generate(first, count, threads, progress, (index, scene) -> scene);
    }

    /**
     * Scenes {@code first … first+count-1}, each turned into a result by {@code use} on the thread that made it
     * (0 threads = all cores); the results in index order. For work per scene that costs more than making it, such
     * as encoding a PNG, which then runs on all threads as well, and for not keeping pictures that are no longer
     * needed. Reports progress and stops with {@link CancelledException} when cancelled; the first failure of
     * {@code use} stops the work and is thrown.
     */
    public <T> List<T> generate(long first, int count, int threads, Progress progress, SceneUse<T> use) {
        Object[] results = new Object[checkCount(count)];
        if (first < 0) {
            throw new IllegalArgumentException("First scene index must not be negative, got " + first);
        }
        IndexedWork.run(count, threads, progress, "Generating scenes",
                i -> results[i] = use.apply(first + i, generate(first + i)));
        @SuppressWarnings("unchecked") // every element was made by use
        List<T> inOrder = (List<T>) Arrays.asList(results);
        return inOrder;
    }

    /** What becomes of scene number {@code index}; may throw, which stops the generation. */
    @FunctionalInterface
    public interface SceneUse<T> {
        T apply(long index, Scene scene) throws Exception;
    }

    /**
     * Endless batches of fresh scenes for training: batch {@code b} holds scenes
     * {@code b·batchSize … (b+1)·batchSize-1}. Batches are made ahead on {@code threads} threads (0 = all cores),
     * each batch whole on one thread, so that threads do not wait for each other at every batch; up to
     * {@code 2 × threads} batches beyond the ones taken are kept in memory.
     */
    public Iterator<List<Scene>> batches(int batchSize, int threads) {
        checkCount(batchSize);
        resolveThreads(threads);
        return IndexedWork.ahead(threads, batch -> generate(batch * batchSize, batchSize, 1, Progress.NONE));
    }

    /** The number of threads {@code threads} stands for: itself, or all cores for 0. */
    public static int resolveThreads(int threads) {
        if (threads < 0) {
            throw new LocalizerException("The number of threads " + threads + " must not be negative; use 0 for all cores");
        }
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    static int checkCount(int count) {
        if (count <= 0) {
            throw new LocalizerException("The number of scenes " + count + " must be positive; use e.g. 100");
        }
        return count;
    }

    /**
     * Alpha-over of a premultiplied sprite onto opaque RGB pixels: {@code out = sprite + (1 - alpha) · under}.
     * Returns the bounds of the sprite's pixels with alpha above the threshold, in sprite pixels after flipping,
     * as {@code {minRow, minColumn, maxRow, maxColumn}} ({@code maxRow = -1} when there are none).
     */
    private static int[] composite(SpriteRaster raster, boolean flip, int[] scene, int sceneWidth, int left, int top,
            int alphaThreshold) {
        int[] sprite = raster.pixels();
        int width = raster.width();
        int minRow = Integer.MAX_VALUE, minColumn = Integer.MAX_VALUE, maxRow = -1, maxColumn = -1;
        for (int row = 0; row < raster.height(); row++) {
            int sourceRow = row * width;
            int targetRow = (top + row) * sceneWidth + left;
            for (int column = 0; column < width; column++) {
                int argb = sprite[sourceRow + (flip ? width - 1 - column : column)];
                int alpha = argb >>> 24;
                if (alpha == 0) {
                    continue;
                }
                if (alpha > alphaThreshold) {
                    minRow = Math.min(minRow, row);
                    maxRow = row;
                    minColumn = Math.min(minColumn, column);
                    maxColumn = Math.max(maxColumn, column);
                }
                int target = targetRow + column;
                if (alpha == 255) {
                    scene[target] = argb & 0xFFFFFF;
                    continue;
                }
                int under = scene[target];
                int keep = 255 - alpha;
                int red = ((argb >> 16) & 0xFF) + divideBy255(((under >> 16) & 0xFF) * keep);
                int green = ((argb >> 8) & 0xFF) + divideBy255(((under >> 8) & 0xFF) * keep);
                int blue = (argb & 0xFF) + divideBy255((under & 0xFF) * keep);
                scene[target] = (Math.min(255, red) << 16) | (Math.min(255, green) << 8) | Math.min(255, blue);
            }
        }
        return new int[] {minRow, minColumn, maxRow, maxColumn};
    }

    private static Box tightBox(int[] visible, int top, int left, Sprite sprite, double scale) {
        if (visible[2] < 0) {
            throw new LocalizerException("The sprite " + sprite.source() + " has no pixel with alpha above the "
                    + "threshold at scale " + scale + "; lower the alpha threshold or use the SPRITE box convention");
        }
        return new Box(top + visible[0], left + visible[1], visible[2] - visible[0] + 1, visible[3] - visible[1] + 1);
    }

    /** Rounded {@code value / 255} for {@code value} in 0..65025. */
    private static int divideBy255(int value) {
        return (value + 128 + ((value + 128) >> 8)) >> 8;
    }

    /** A well-spread seed for scene {@code index}: neighbouring indices get unrelated random numbers. */
    private static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
