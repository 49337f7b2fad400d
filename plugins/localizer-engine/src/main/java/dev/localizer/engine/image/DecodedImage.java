package dev.localizer.engine.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

import dev.localizer.engine.Box;

/**
 * A picture as shown (its EXIF orientation applied), possibly decoded at fewer pixels than the picture has, and
 * the size of the picture itself, in whose pixels boxes are given to and reported to the user.
 *
 * @param pixels the decoded picture, at most the picture's size per side
 * @param width  the picture's own width as shown, in pixels
 * @param height the picture's own height as shown, in pixels
 */
public record DecodedImage(BufferedImage pixels, int width, int height) {

    public DecodedImage {
        Objects.requireNonNull(pixels, "pixels");
        if (width < pixels.getWidth() || height < pixels.getHeight()) {
            throw new IllegalArgumentException("The picture size " + width + "×" + height + " is smaller than its "
                    + pixels.getWidth() + "×" + pixels.getHeight() + " decoded pixels");
        }
    }

    /** A picture in memory, whole. */
    public static DecodedImage of(BufferedImage picture) {
        return new DecodedImage(picture, picture.getWidth(), picture.getHeight());
    }

    /** Decoded pixels per pixel of the picture, left to right (1 when decoded whole). */
    public double scaleX() {
        return (double) pixels.getWidth() / width;
    }

    /** Decoded pixels per pixel of the picture, top to bottom (1 when decoded whole). */
    public double scaleY() {
        return (double) pixels.getHeight() / height;
    }

    /** Where a box on the picture lies on the decoded pixels. */
    public Box toDecoded(Box box) {
        if (pixels.getWidth() == width && pixels.getHeight() == height) {
            return box;
        }
        return box.scaled(scaleX(), scaleY());
    }
}
