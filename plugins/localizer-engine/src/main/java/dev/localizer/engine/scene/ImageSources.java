package dev.localizer.engine.scene;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.localizer.engine.LocalizerException;

/** Reading picture files for sprites, backgrounds and scenes, with errors that name the file and the fix. */
final class ImageSources {

    /** Files larger than this are refused before decoding: no sprite or landscape needs more. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ImageSources() {
    }

    static byte[] readBytes(Path file, String role) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new LocalizerException("The " + role + " file " + file + " is " + size + " bytes, more than the "
                        + MAX_FILE_BYTES + " accepted; use a smaller image");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LocalizerException("The " + role + " file " + file + " does not exist; check the path");
        } catch (IOException e) {
            throw new LocalizerException("The " + role + " file " + file + " cannot be read (" + e.getMessage()
                    + "); check that it is a readable file", e);
        }
    }

    /**
     * Whether the bytes are XML, hence meant as SVG: PNG, GIF, JPEG and BMP never start with {@code <}. Whether
     * the XML really is SVG is for the SVG reader to say, with a precise message.
     */
    static boolean looksLikeSvg(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        while (start < bytes.length && Character.isWhitespace(bytes[start])) {
            start++;
        }
        return start < bytes.length && bytes[start] == '<';
    }

    /** Largest picture side accepted: far beyond any sprite or landscape, small enough to fit in memory. */
    static final int MAX_SIDE = 16384;
    /** Largest pixel count accepted (a 256-megabyte ARGB picture). */
    static final long MAX_PIXELS = 64L * 1024 * 1024;

    /** Decodes PNG, GIF, JPEG or BMP bytes; {@code source} names the file or resource in messages. */
    static BufferedImage decodeRaster(byte[] bytes, String source, String role) {
        BufferedImage image;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(input);
            if (reader == null) {
                image = null;
            } else {
                try {
                    // Check the declared size before decoding: a small file may declare a huge picture.
                    checkSize(reader.getWidth(0), reader.getHeight(0), role + " " + source);
                    image = reader.read(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (LocalizerException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new LocalizerException("The " + role + " " + source + " is not a readable image (" + e.getMessage()
                    + "); use a PNG, GIF or JPEG file", e);
        }
        if (image == null) {
            throw new LocalizerException("The " + role + " " + source + " is not a PNG, GIF, JPEG or BMP image"
                    + (role.equals("sprite") ? " nor an SVG document" : "") + "; convert it to one of those formats");
        }
        if (image.getWidth() <= 0 || image.getHeight() <= 0) {
            throw new LocalizerException("The " + role + " " + source + " has no pixels; use a non-empty image");
        }
        return image;
    }

    /**
     * Refuses a picture whose header declares more than the size limits, without decoding it; a stream that no
     * image reader recognizes passes (whoever decodes it then says what it is).
     *
     * @param subject what the picture is, in messages, e.g. "embedded image … of the SVG sprite x.svg"
     */
    static void checkDeclaredSize(InputStream in, String subject) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(in)) {
            ImageReader reader = input == null ? null : readerFor(input);
            if (reader != null) {
                try {
                    checkSize(reader.getWidth(0), reader.getHeight(0), subject);
                } finally {
                    reader.dispose();
                }
            }
        }
    }

    private static ImageReader readerFor(ImageInputStream input) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        reader.setInput(input, true, true);
        return reader;
    }

    /** @param subject what the picture is, in messages, e.g. "sprite fox.png" */
    static void checkSize(double width, double height, String subject) {
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            throw new LocalizerException("The " + subject + " is " + Math.round(width) + "×"
                    + Math.round(height) + " px, larger than the " + MAX_SIDE + " px per side and " + MAX_PIXELS
                    + " pixels accepted; use a smaller picture");
        }
    }

    /** A copy of the image as opaque RGB (any alpha channel is ignored, grey becomes RGB). */
    static BufferedImage toRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
            rgb.setRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
        }
        return rgb;
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? file.toString() : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }
}
