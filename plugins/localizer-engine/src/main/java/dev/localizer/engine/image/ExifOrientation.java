package dev.localizer.engine.image;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.localizer.engine.LocalizerException;

/**
 * The EXIF Orientation of a JPEG photo: how the stored pixels must be turned to show the picture as the camera
 * held it. Phones store portrait photos as landscape pixels with orientation {@link #ROTATE_90_CW}; viewers and
 * annotation tools show them turned, so boxes drawn on them are in the turned picture's pixels. The tag is read
 * from the APP1 Exif segment's first image directory; a file without it (or not a JPEG) is {@link #IDENTITY}.
 */
public enum ExifOrientation {
    /** 1: stored as shown. */
    IDENTITY(1),
    /** 2: mirrored left to right. */
    MIRROR_HORIZONTAL(2),
    /** 3: upside down. */
    ROTATE_180(3),
    /** 4: mirrored top to bottom. */
    MIRROR_VERTICAL(4),
    /** 5: mirrored across the top-left to bottom-right diagonal. */
    TRANSPOSE(5),
    /** 6: shown turned a quarter clockwise. */
    ROTATE_90_CW(6),
    /** 7: mirrored across the top-right to bottom-left diagonal. */
    TRANSVERSE(7),
    /** 8: shown turned a quarter counter-clockwise. */
    ROTATE_270_CW(8);

    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;
    private static final int MARKER_SOS = 0xDA;
    private static final int MARKER_EOI = 0xD9;
    private static final int MARKER_APP1 = 0xE1;

    private final int tagValue;

    ExifOrientation(int tagValue) {
        this.tagValue = tagValue;
    }

    /** The orientation with that tag value; any other value is {@link #IDENTITY}, as viewers treat it. */
    public static ExifOrientation ofTagValue(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : IDENTITY;
    }

    /** Whether the picture is shown with width and height swapped. */
    public boolean swapsSides() {
        return tagValue >= 5;
    }

    /** The orientation of the file; {@link #IDENTITY} for a file that is no JPEG or has no orientation tag. */
    public static ExifOrientation of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in);
        } catch (IOException e) {
            throw new LocalizerException("Cannot read the image " + file + " (" + e.getMessage()
                    + "); check that it is a readable file", e);
        }
    }

    /**
     * The orientation of the JPEG whose bytes the stream starts with, reading no further than its first Exif
     * segment; a damaged segment counts as no orientation, as viewers treat it.
     */
    public static ExifOrientation read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        try {
            if (in.readUnsignedByte() != 0xFF || in.readUnsignedByte() != 0xD8) {
                return IDENTITY;
            }
            while (true) {
                if (in.readUnsignedByte() != 0xFF) {
                    return IDENTITY; // not at a marker: damaged, so no orientation to trust
                }
                int marker = in.readUnsignedByte();
                while (marker == 0xFF) {
                    marker = in.readUnsignedByte(); // fill bytes
                }
                if (marker == MARKER_SOS || marker == MARKER_EOI) {
                    return IDENTITY;
                }
                if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue; // markers without a length
                }
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return IDENTITY;
                }
                if (marker == MARKER_APP1) {
                    byte[] segment = new byte[length];
                    in.readFully(segment);
                    if (isExif(segment)) {
                        return fromTiff(segment, 6);
                    }
                } else {
                    in.skipNBytes(length);
                }
            }
        } catch (EOFException e) {
            return IDENTITY;
        }
    }

    private static boolean isExif(byte[] segment) {
        return segment.length >= 6 && segment[0] == 'E' && segment[1] == 'x' && segment[2] == 'i' && segment[3] == 'f'
                && segment[4] == 0 && segment[5] == 0;
    }

    /** The orientation tag of the TIFF structure starting at {@code start}: its first directory only. */
    private static ExifOrientation fromTiff(byte[] data, int start) {
        if (data.length < start + 8) {
            return IDENTITY;
        }
        boolean littleEndian;
        if (data[start] == 'I' && data[start + 1] == 'I') {
            littleEndian = true;
        } else if (data[start] == 'M' && data[start + 1] == 'M') {
            littleEndian = false;
        } else {
            return IDENTITY;
        }
        if (unsigned16(data, start + 2, littleEndian) != 42) {
            return IDENTITY;
        }
        long directory = start + unsigned32(data, start + 4, littleEndian);
        if (directory + 2 > data.length) {
            return IDENTITY;
        }
        int entries = unsigned16(data, (int) directory, littleEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + 12 * i;
            if (entry + 12 > data.length) {
                return IDENTITY;
            }
            if (unsigned16(data, entry, littleEndian) == TAG_ORIENTATION) {
                boolean oneShort = unsigned16(data, entry + 2, littleEndian) == TYPE_SHORT
                        && unsigned32(data, entry + 4, littleEndian) == 1;
                return oneShort ? ofTagValue(unsigned16(data, entry + 8, littleEndian)) : IDENTITY;
            }
        }
        return IDENTITY;
    }

    private static int unsigned16(byte[] data, int offset, boolean littleEndian) {
        int first = data[offset] & 0xFF;
        int second = data[offset + 1] & 0xFF;
        return littleEndian ? first | second << 8 : first << 8 | second;
    }

    private static long unsigned32(byte[] data, int offset, boolean littleEndian) {
        long high = unsigned16(data, littleEndian ? offset + 2 : offset, littleEndian);
        long low = unsigned16(data, littleEndian ? offset : offset + 2, littleEndian);
        return high << 16 | low;
    }

    /** The picture as shown: the stored picture turned or mirrored; the same image for {@link #IDENTITY}. */
    public BufferedImage apply(BufferedImage stored) {
        if (this == IDENTITY) {
            return stored;
        }
        int width = stored.getWidth();
        int height = stored.getHeight();
        BufferedImage shown = new BufferedImage(swapsSides() ? height : width, swapsSides() ? width : height,
                stored.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            stored.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                // pixel centres map onto pixel centres
                double[] target = map(x + 0.5, y + 0.5, width, height);
                shown.setRGB((int) Math.floor(target[0]), (int) Math.floor(target[1]), row[x]);
            }
        }
        return shown;
    }

    /** The point {@code (x, y)} of a stored picture of that size, in the picture as shown. */
    private double[] map(double x, double y, double width, double height) {
        return switch (this) {
            case IDENTITY -> new double[] {x, y};
            case MIRROR_HORIZONTAL -> new double[] {width - x, y};
            case ROTATE_180 -> new double[] {width - x, height - y};
            case MIRROR_VERTICAL -> new double[] {x, height - y};
            case TRANSPOSE -> new double[] {y, x};
            case ROTATE_90_CW -> new double[] {height - y, x};
            case TRANSVERSE -> new double[] {height - y, width - x};
            case ROTATE_270_CW -> new double[] {y, width - x};
        };
    }
}
