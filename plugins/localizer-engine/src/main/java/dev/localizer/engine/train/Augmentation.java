package dev.localizer.engine.train;

import java.awt.image.BufferedImage;

import dev.localizer.engine.Box;
import dev.localizer.engine.scene.Scene;

/** Label-preserving changes of training scenes, so that a fixed list of scenes teaches more. */
final class Augmentation {

    private Augmentation() {
    }

    /** The scene mirrored left to right, its box mirrored with it. */
    static Scene flipHorizontally(Scene scene) {
        BufferedImage image = scene.image();
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        BufferedImage flipped = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width / 2; x++) {
                int swap = row[x];
                row[x] = row[width - 1 - x];
                row[width - 1 - x] = swap;
            }
            flipped.setRGB(0, y, width, 1, row, 0, width);
        }
        Box box = scene.box();
        Box mirrored = scene.present() ? new Box(box.top(), width - box.right(), box.height(), box.width()) : box;
        return new Scene(flipped, mirrored, scene.present(), scene.className());
    }
}
