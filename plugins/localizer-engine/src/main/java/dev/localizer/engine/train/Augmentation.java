package dev.localizer.engine.train;

import java.awt.image.BufferedImage;

import dev.localizer.engine.Box;
import dev.localizer.engine.PackedRgb;
import dev.localizer.engine.scene.Scene;

/** Label-preserving changes of training scenes, so that a fixed list of scenes teaches more. */
final class Augmentation {

    private Augmentation() {
    }

    /** The scene mirrored left to right, its box mirrored with it. */
    static Scene flipHorizontally(Scene scene) {
        BufferedImage flipped = PackedRgb.mirrored(scene.image());
        int width = flipped.getWidth();
        Box box = scene.box();
        Box mirrored = scene.present() ? new Box(box.top(), width - box.right(), box.height(), box.width()) : box;
        return new Scene(flipped, mirrored, scene.present(), scene.className());
    }
}
