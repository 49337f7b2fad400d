package dev.localizer.engine.train;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Random;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.PackedRgb;
import dev.localizer.engine.scene.Scene;

/**
 * Label-preserving random changes of training scenes, so that a fixed set of pictures teaches more than its own
 * pixels: a mirror image, a zoomed-in and shifted crop that keeps the whole object, and changed brightness,
 * contrast and saturation. Generated scenes are new every batch and only get mirrored. The crop and the colours
 * change while the view is encoded (see {@link SceneView}).
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
    SceneView apply(Scene scene) {
        Scene changed = random.nextBoolean() ? flipHorizontally(scene) : scene;
        if (!fixedData) {
            return SceneView.of(changed);
        }
        SceneView cropped = crop(changed, MIN_CROP_SHARE + (1 - MIN_CROP_SHARE) * random.nextDouble(),
                random.nextDouble(), random.nextDouble());
        return cropped.withColour(new ColourChange(change(), change(), change()));
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
     * A crop of {@code share} of the scene's width and height (widened where the object would not fit), to be scaled
     * to the network input as the whole scene would be. Where it lies is given by {@code x} and {@code y} in [0, 1]:
     * from the leftmost (topmost) place that keeps the object inside to the rightmost (bottommost).
     */
    static SceneView crop(Scene scene, double share, double x, double y) {
        int width = scene.width();
        int height = scene.height();
        Label label = scene.label();
        Box box = label.box();
        boolean object = label.present();
        int cropWidth = (int) Math.min(width, Math.max(Math.round(width * share), object ? Math.ceil(box.width()) : 1));
        int cropHeight = (int) Math.min(height, Math.max(Math.round(height * share), object ? Math.ceil(box.height()) : 1));
        int left = place(x, width - cropWidth, object ? box.right() - cropWidth : 0, object ? box.left() : width);
        int top = place(y, height - cropHeight, object ? box.bottom() - cropHeight : 0, object ? box.top() : height);
        double xFactor = (double) width / cropWidth;
        double yFactor = (double) height / cropHeight;
        Box moved = object ? new Box(Math.max(0, (box.top() - top) * yFactor), Math.max(0, (box.left() - left) * xFactor),
                Math.min(height, box.height() * yFactor), Math.min(width, box.width() * xFactor)) : box;
        return new SceneView(scene, new Rectangle(left, top, cropWidth, cropHeight), ColourChange.NONE,
                new Label(moved, object, label.className()));
    }

    /** An offset in [lowest, highest] ∩ [0, room], where {@code at} in [0, 1] says how far along. */
    private static int place(double at, int room, double lowest, double highest) {
        int from = (int) Math.max(0, Math.ceil(lowest));
        int to = (int) Math.min(room, Math.floor(highest));
        return to <= from ? Math.min(from, room) : from + (int) Math.round(at * (to - from));
    }
}
