package dev.localizer.engine.predict;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.model.InputEncoding;

/**
 * An image to predict: its pixels, possibly decoded at a reduced size, and the size of the image itself, in whose
 * pixels its box is given. A large photo is read subsampled, so it never occupies memory at full resolution: the
 * network sees it at its small input size anyway.
 *
 * @param pixels the picture, at most the image's size
 * @param width  the image's own width in pixels
 * @param height the image's own height in pixels
 */
public record InputImage(BufferedImage pixels, int width, int height) {

    /**
     * How many times the network input's side the subsampled pixels keep at least, so that resizing them to the
     * input still averages several pixels per input pixel, as resizing the full picture does.
     */
    static final int OVERSAMPLING = 4;
    /** Pixels decoded at most for one image (a 256-megabyte ARGB picture), whatever its declared size. */
    static final long MAX_DECODED_PIXELS = 64L * 1024 * 1024;

    public InputImage {
        Objects.requireNonNull(pixels, "pixels");
        if (width < pixels.getWidth() || height < pixels.getHeight()) {
            throw new IllegalArgumentException("The image size " + width + "×" + height + " is smaller than its pixels");
        }
    }

    /** An image in memory, as it is. */
    public static InputImage of(BufferedImage image) {
        return new InputImage(image, image.getWidth(), image.getHeight());
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file, decoding only every n-th pixel of every n-th row, with n the largest that
     * keeps {@value #OVERSAMPLING} times the input's size.
     */
    public static InputImage read(Path file, InputEncoding input) {
        if (!Files.isRegularFile(file)) {
            throw new LocalizerException("The image " + file + " does not exist; check the path");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new LocalizerException("The file " + file + " is not a PNG, JPEG, GIF or BMP image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new LocalizerException("The image " + file + " has no pixels (" + width + "×" + height + ")");
                }
                int step = subsampling(width, height, input);
                long decoded = (long) ((width + step - 1) / step) * ((height + step - 1) / step);
                if (decoded > MAX_DECODED_PIXELS) {
                    throw new LocalizerException("The image " + file + " is " + width + "×" + height + " px: even read"
                            + " with every " + step + ". pixel it has " + decoded + " pixels, more than the "
                            + MAX_DECODED_PIXELS + " accepted; crop it to a less elongated picture");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return new InputImage(reader.read(0, param), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LocalizerException known) {
                throw known;
            }
            throw new LocalizerException("Cannot read the image " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** The largest whole step between decoded pixels that keeps both sides at least OVERSAMPLING × the input's. */
    static int subsampling(int width, int height, InputEncoding input) {
        return Math.max(1, Math.min(width / (OVERSAMPLING * input.width()), height / (OVERSAMPLING * input.height())));
    }
}
