package dev.localizer.engine.train;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.PackedRgb;
import dev.localizer.engine.scene.Scene;

/**
 * Label-preserving random changes of training scenes, so that a fixed set of pictures teaches more than its own
 * pixels: a mirror image, a zoomed-in and shifted crop that keeps the whole object, and changed brightness,
 * contrast and saturation. Generated scenes are new every batch and only get mirrored, as before.
 */
final class Augmentation {

    /** The crop's side is at least this share of the picture's (a zoom of up to 1/0.7 ≈ 1.43×), the object fits. */
    static final double MIN_CROP_SHARE = 0.7;
    /** Brightness, contrast and saturation each change by a factor drawn from [1 − this, 1 + this]. */
    static final double MAX_COLOUR_CHANGE = 0.25;

    private final Random random;
    private final boolean fixedData;

    /** @param fixedData whether the scenes repeat every epoch (a list), so that crops and colour changes help */
    Augmentation(Random random, boolean fixedData) {
        this.random = random;
        this.fixedData = fixedData;
    }

    /** What a training step sees of the scene this time. */
    Scene apply(Scene scene) {
        Scene changed = random.nextBoolean() ? flipHorizontally(scene) : scene;
        if (!fixedData) {
            return changed;
        }
        changed = crop(changed, MIN_CROP_SHARE + (1 - MIN_CROP_SHARE) * random.nextDouble(), random.nextDouble(),
                random.nextDouble());
        return recolour(changed, change(), change(), change());
    }

    private double change() {
        return 1 + MAX_COLOUR_CHANGE * (2 * random.nextDouble() - 1);
    }

    /** The scene mirrored left to right, its box mirrored with it. */
    static Scene flipHorizontally(Scene scene) {
        BufferedImage flipped = PackedRgb.mirrored(scene.image());
        int width = flipped.getWidth();
        Label label = scene.label();
        Box box = label.box();
        Box mirrored = label.present() ? new Box(box.top(), width - box.right(), box.height(), box.width()) : box;
        return new Scene(flipped, new Label(mirrored, label.present(), label.className()));
    }

    /**
     * A crop of {@code share} of the scene's width and height (widened where the object would not fit), scaled back
     * to the scene's size. Where it lies is given by {@code x} and {@code y} in [0, 1]: from the leftmost (topmost)
     * place that keeps the object inside to the rightmost (bottommost).
     */
    static Scene crop(Scene scene, double share, double x, double y) {
        int width = scene.width();
        int height = scene.height();
        Label label = scene.label();
        Box box = label.box();
        boolean object = label.present();
        int cropWidth = (int) Math.min(width, Math.max(Math.round(width * share), object ? Math.ceil(box.width()) : 1));
        int cropHeight = (int) Math.min(height, Math.max(Math.round(height * share), object ? Math.ceil(box.height()) : 1));
        int left = place(x, width - cropWidth, object ? box.right() - cropWidth : 0, object ? box.left() : width);
        int top = place(y, height - cropHeight, object ? box.bottom() - cropHeight : 0, object ? box.top() : height);
        if (cropWidth == width && cropHeight == height) {
            return scene;
        }
        BufferedImage cropped = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = cropped.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(scene.image(), 0, 0, width, height, left, top, left + cropWidth, top + cropHeight, null);
        } finally {
            graphics.dispose();
        }
        double xFactor = (double) width / cropWidth;
        double yFactor = (double) height / cropHeight;
        Box moved = object ? new Box(Math.max(0, (box.top() - top) * yFactor), Math.max(0, (box.left() - left) * xFactor),
                Math.min(height, box.height() * yFactor), Math.min(width, box.width() * xFactor)) : box;
        return new Scene(cropped, new Label(moved, object, label.className()));
    }

    /** An offset in [lowest, highest] ∩ [0, room], where {@code at} in [0, 1] says how far along. */
    private static int place(double at, int room, double lowest, double highest) {
        int from = (int) Math.max(0, Math.ceil(lowest));
        int to = (int) Math.min(room, Math.floor(highest));
        return to <= from ? Math.min(from, room) : from + (int) Math.round(at * (to - from));
    }

    /**
     * The scene with its brightness, contrast (around mid-grey) and saturation (away from each pixel's grey)
     * multiplied by the factors; the box does not change.
     */
    static Scene recolour(Scene scene, double brightness, double contrast, double saturation) {
        int[] source = PackedRgb.of(scene.image());
        BufferedImage recoloured = new BufferedImage(scene.width(), scene.height(), BufferedImage.TYPE_INT_RGB);
        int[] target = PackedRgb.of(recoloured);
        for (int i = 0; i < source.length; i++) {
            int rgb = source[i];
            double red = (rgb >> 16) & 0xFF;
            double green = (rgb >> 8) & 0xFF;
            double blue = rgb & 0xFF;
            double grey = 0.299 * red + 0.587 * green + 0.114 * blue;
            target[i] = channel(red, grey, brightness, contrast, saturation) << 16
                    | channel(green, grey, brightness, contrast, saturation) << 8
                    | channel(blue, grey, brightness, contrast, saturation);
        }
        return new Scene(recoloured, scene.label());
    }

    private static int channel(double value, double grey, double brightness, double contrast, double saturation) {
        double saturated = grey + (value - grey) * saturation;
        double result = ((saturated * brightness) - 127.5) * contrast + 127.5;
        return (int) Math.max(0, Math.min(255, Math.round(result)));
    }
}
