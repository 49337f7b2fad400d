package dev.localizer.engine.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.localizer.engine.LocalizerException;

/**
 * The engine's one decoder of picture files (PNG, JPEG, GIF, BMP, as the JDK's ImageIO reads them, greyscale,
 * 16-bit and paletted ones included): decodes the picture as shown, its EXIF orientation applied, so that boxes on
 * it are where a viewer shows them, whoever reads it (training, predict, render). A large photo can be decoded at
 * fewer pixels ({@link Resolution}): ImageIO then reads only every n-th pixel of every n-th row, chosen from the
 * header's size, so the full picture never occupies memory.
 */
public final class ImageDecoder {

    /** Pixels decoded at most for one picture (a 256-megabyte ARGB picture), whatever its declared size. */
    public static final long MAX_DECODED_PIXELS = 64L * 1024 * 1024;
    /**
     * How many times the wanted side a picture decoded {@link Resolution#atMost at most} at a size is subsampled to
     * keep at least, so that the exact shrink after it still averages several decoded pixels per kept pixel.
     */
    static final int SHRINK_OVERSAMPLING = 2;

    /** At how many pixels a picture is decoded. */
    public record Resolution(int width, int height, boolean exact) {

        private static final Resolution WHOLE = new Resolution(Integer.MAX_VALUE, Integer.MAX_VALUE, false);

        public Resolution {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("A resolution needs at least one pixel, got " + width + "×" + height);
            }
        }

        /** Every pixel. */
        public static Resolution whole() {
            return WHOLE;
        }

        /** Every n-th pixel of every n-th row, n the largest step that keeps at least {@code width × height}. */
        public static Resolution atLeast(int width, int height) {
            return new Resolution(width, height, false);
        }

        /**
         * At most {@code width} pixels across and {@code height} down, each side shrunk on its own (the picture's
         * proportions change when both sides shrink by different factors): subsampled, then shrunk exactly.
         */
        public static Resolution atMost(int width, int height) {
            return new Resolution(width, height, true);
        }

        /**
         * What training keeps of a picture for a square network input of that side: at most the input's size per
         * side. Training resizes every picture to the input, and its one augmentation, a mirror image, needs no
         * pixels beyond it; so memory grows with the number of pictures times the input size, not the photo size.
         */
        public static Resolution forTraining(int inputSide) {
            return atMost(inputSide, inputSide);
        }

        /** The subsampling step for a picture of that size as shown. */
        int step(int pictureWidth, int pictureHeight) {
            int keep = exact ? SHRINK_OVERSAMPLING : 1;
            return (int) Math.max(1, Math.min(pictureWidth / ((long) keep * width),
                    pictureHeight / ((long) keep * height)));
        }

        /** The decoded picture at this resolution. */
        BufferedImage fit(BufferedImage decoded) {
            int fittedWidth = Math.min(width, decoded.getWidth());
            int fittedHeight = Math.min(height, decoded.getHeight());
            return !exact || (fittedWidth == decoded.getWidth() && fittedHeight == decoded.getHeight()) ? decoded
                    : AreaShrinking.shrink(decoded, fittedWidth, fittedHeight);
        }
    }

    private ImageDecoder() {
    }

    /** Decodes a file; messages name it by its path. */
    public static DecodedImage read(Path file, Resolution resolution) {
        return read(file, file.toString(), "", resolution);
    }

    /**
     * Decodes a file.
     *
     * @param name  how messages name the file
     * @param where what messages begin with, e.g. {@code "labels.csv line 3: "}, or nothing
     */
    public static DecodedImage read(Path file, String name, String where, Resolution resolution) {
        if (!Files.isRegularFile(file)) {
            throw new LocalizerException(sentence(where + "the image " + name + " does not exist; check the path"));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            return decode(in, ExifOrientation.of(file), where + "the file " + name, where + "the image " + name,
                    resolution);
        } catch (IOException e) {
            throw unreadable(where + "the image " + name, e);
        }
    }

    /**
     * Decodes a picture file's bytes.
     *
     * @param subject what the bytes are, as messages begin, e.g. {@code "the picture in row 3"}
     */
    public static DecodedImage decode(byte[] bytes, String subject, Resolution resolution) {
        try (InputStream header = new ByteArrayInputStream(bytes);
             ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, ExifOrientation.read(header), subject, subject, resolution);
        } catch (IOException e) {
            throw unreadable(subject, e);
        }
    }

    /** A picture in memory at that resolution: shrunk for {@link Resolution#atMost}, else as it is. */
    public static DecodedImage fit(BufferedImage picture, Resolution resolution) {
        return new DecodedImage(resolution.fit(picture), picture.getWidth(), picture.getHeight());
    }

    /** The size of the picture as shown (width, height), from the file's header; null when it cannot be read. */
    public static int[] shownSize(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return ExifOrientation.of(file).swapsSides() ? new int[] {height, width} : new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param file  what messages call the bytes when no image reader knows them, e.g. "labels.csv line 2: the file a.png"
     * @param image what messages call the picture otherwise
     */
    private static DecodedImage decode(ImageInputStream in, ExifOrientation orientation, String file, String image,
            Resolution resolution) throws IOException {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            throw new LocalizerException(sentence(file + " is not a PNG, JPEG, GIF or BMP image;"
                    + " convert it to one of those formats"));
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            int storedWidth = reader.getWidth(0);
            int storedHeight = reader.getHeight(0);
            if (storedWidth <= 0 || storedHeight <= 0) {
                throw new LocalizerException(sentence(image + " has no pixels (" + storedWidth
                        + "×" + storedHeight + ")"));
            }
            int width = orientation.swapsSides() ? storedHeight : storedWidth;
            int height = orientation.swapsSides() ? storedWidth : storedHeight;
            int step = resolution.step(width, height);
            long decoded = (long) ((width + step - 1) / step) * ((height + step - 1) / step);
            if (decoded > MAX_DECODED_PIXELS) {
                throw new LocalizerException(sentence(image + " is " + width + "×" + height
                        + " px" + (step > 1 ? ": even read with every " + step + ". pixel it has " : ", ") + decoded
                        + " pixels, more than the " + MAX_DECODED_PIXELS + " accepted; "
                        + (step > 1 ? "crop it to a less elongated picture" : "use a smaller picture")));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage shown = orientation.apply(reader.read(0, param));
            return new DecodedImage(resolution.fit(shown), width, height);
        } catch (RuntimeException e) {
            if (e instanceof LocalizerException known) {
                throw known;
            }
            throw unreadable(image, e);
        } finally {
            reader.dispose();
        }
    }

    private static LocalizerException unreadable(String image, Exception cause) {
        return new LocalizerException(sentence(image + " cannot be read (" + cause.getMessage() + ")"), cause);
    }

    /** The message as a sentence: with a capital letter unless it begins with where it happened, e.g. a file name. */
    private static String sentence(String message) {
        return Character.isLowerCase(message.charAt(0)) && message.startsWith("the ")
                ? Character.toUpperCase(message.charAt(0)) + message.substring(1) : message;
    }
}
