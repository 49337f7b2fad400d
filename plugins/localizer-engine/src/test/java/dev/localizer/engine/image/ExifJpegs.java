package dev.localizer.engine.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import dev.localizer.engine.Box;

/** JPEG files made by the tests, with an Exif segment written by hand, and where their bright object lies. */
public final class ExifJpegs {

    private ExifJpegs() {
    }

    /** The picture as a JPEG whose APP1 Exif segment (inserted after the JFIF segment) holds the orientation tag. */
    public static byte[] withOrientation(BufferedImage stored, int orientation, boolean littleEndian) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        if (!ImageIO.write(stored, "jpeg", encoded)) {
            throw new IllegalStateException("no JPEG writer");
        }
        byte[] jpeg = encoded.toByteArray();
        // SOI, then ImageIO's APP0 (JFIF): FF E0 and its length
        if ((jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0) {
            throw new IllegalStateException("expected a JFIF segment after SOI");
        }
        int insertAt = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        byte[] exif = exifSegment(orientation, littleEndian);
        byte[] result = new byte[jpeg.length + exif.length];
        System.arraycopy(jpeg, 0, result, 0, insertAt);
        System.arraycopy(exif, 0, result, insertAt, exif.length);
        System.arraycopy(jpeg, insertAt, result, insertAt + exif.length, jpeg.length - insertAt);
        return result;
    }

    /** FF E1, length, "Exif\0\0", a TIFF header and one directory with a date entry before the orientation. */
    private static byte[] exifSegment(int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(littleEndian ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        short16(tiff, 42, littleEndian);
        int32(tiff, 8, littleEndian);
        short16(tiff, 2, littleEndian); // two entries
        short16(tiff, 0x0132, littleEndian); // DateTime, ASCII, 20 bytes at an offset: skipped by the reader
        short16(tiff, 2, littleEndian);
        int32(tiff, 20, littleEndian);
        int32(tiff, 8 + 2 + 24 + 4, littleEndian);
        short16(tiff, 0x0112, littleEndian); // Orientation, SHORT, 1 value
        short16(tiff, 3, littleEndian);
        int32(tiff, 1, littleEndian);
        short16(tiff, orientation, littleEndian);
        short16(tiff, 0, littleEndian);
        int32(tiff, 0, littleEndian); // no next directory
        tiff.writeBytes("2026:12:01 12:00:00\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xFF);
        segment.write(0xE1);
        int length = 2 + 6 + body.length;
        segment.write(length >> 8);
        segment.write(length & 0xFF);
        segment.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        segment.writeBytes(body);
        return segment.toByteArray();
    }

    private static void short16(ByteArrayOutputStream out, int value, boolean littleEndian) {
        if (littleEndian) {
            out.write(value & 0xFF);
            out.write(value >> 8 & 0xFF);
        } else {
            out.write(value >> 8 & 0xFF);
            out.write(value & 0xFF);
        }
    }

    private static void int32(ByteArrayOutputStream out, int value, boolean littleEndian) {
        if (littleEndian) {
            short16(out, value & 0xFFFF, true);
            short16(out, value >>> 16, true);
        } else {
            short16(out, value >>> 16, false);
            short16(out, value & 0xFFFF, false);
        }
    }

    /** The tightest box around the pixels brighter than mid-grey. */
    public static Box brightBounds(BufferedImage image) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >> 8 & 0xFF) > 128) {
                    left = Math.min(left, x);
                    top = Math.min(top, y);
                    right = Math.max(right, x + 1);
                    bottom = Math.max(bottom, y + 1);
                }
            }
        }
        return new Box(top, left, bottom - top, right - left);
    }
}
