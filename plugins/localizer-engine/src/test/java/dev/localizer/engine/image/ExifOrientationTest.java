package dev.localizer.engine.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;

class ExifOrientationTest {

    @TempDir
    Path dir;

    /** A 3×2 picture whose pixels are numbered 1…6 row by row. */
    private static BufferedImage numbered() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) {
            image.setRGB(i % 3, i / 3, i + 1);
        }
        return image;
    }

    private static int[][] rows(BufferedImage image) {
        int[][] rows = new int[image.getHeight()][image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                rows[y][x] = image.getRGB(x, y) & 0xFFFFFF;
            }
        }
        return rows;
    }

    @Test
    void eachOrientationTurnsTheStoredPixelsAsShown() {
        // stored:  1 2 3
        //          4 5 6
        assertArrayEquals(new int[][] {{1, 2, 3}, {4, 5, 6}}, rows(ExifOrientation.IDENTITY.apply(numbered())));
        assertArrayEquals(new int[][] {{3, 2, 1}, {6, 5, 4}}, rows(ExifOrientation.MIRROR_HORIZONTAL.apply(numbered())));
        assertArrayEquals(new int[][] {{6, 5, 4}, {3, 2, 1}}, rows(ExifOrientation.ROTATE_180.apply(numbered())));
        assertArrayEquals(new int[][] {{4, 5, 6}, {1, 2, 3}}, rows(ExifOrientation.MIRROR_VERTICAL.apply(numbered())));
        assertArrayEquals(new int[][] {{1, 4}, {2, 5}, {3, 6}}, rows(ExifOrientation.TRANSPOSE.apply(numbered())));
        // a quarter clockwise: the left column becomes the top row, read from the bottom
        assertArrayEquals(new int[][] {{4, 1}, {5, 2}, {6, 3}}, rows(ExifOrientation.ROTATE_90_CW.apply(numbered())));
        assertArrayEquals(new int[][] {{6, 3}, {5, 2}, {4, 1}}, rows(ExifOrientation.TRANSVERSE.apply(numbered())));
        assertArrayEquals(new int[][] {{3, 6}, {2, 5}, {1, 4}}, rows(ExifOrientation.ROTATE_270_CW.apply(numbered())));
    }

    @Test
    void theTagIsReadFromAJpegsExifSegmentInEitherByteOrder() throws IOException {
        BufferedImage picture = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        for (int value = 1; value <= 8; value++) {
            assertEquals(ExifOrientation.ofTagValue(value), ExifOrientation.read(new ByteArrayInputStream(
                    ExifJpegs.withOrientation(picture, value, value % 2 == 0))));
        }
        assertEquals(ExifOrientation.ROTATE_90_CW, ExifOrientation.read(new ByteArrayInputStream(
                ExifJpegs.withOrientation(picture, 6, false))));
        assertEquals(ExifOrientation.IDENTITY, ExifOrientation.read(new ByteArrayInputStream(
                ExifJpegs.withOrientation(picture, 9, false))));
        Path png = dir.resolve("a.png");
        ImageIO.write(picture, "png", png.toFile());
        assertEquals(ExifOrientation.IDENTITY, ExifOrientation.of(png));
        Path plainJpeg = dir.resolve("a.jpg");
        ImageIO.write(picture, "jpeg", plainJpeg.toFile());
        assertEquals(ExifOrientation.IDENTITY, ExifOrientation.of(plainJpeg));
        byte[] cut = java.util.Arrays.copyOf(ExifJpegs.withOrientation(picture, 6, true), 30);
        assertEquals(ExifOrientation.IDENTITY, ExifOrientation.read(new ByteArrayInputStream(cut)));
    }

    @Test
    void aPhotoStoredSidewaysIsShownWithTheRotatedSizeAndItsObjectWhereAViewerShowsIt() throws IOException {
        // the stored pixels, 20 wide and 40 high, with a white block at x 4..12, y 4..16; turned a quarter
        // clockwise, a viewer shows a 40×20 picture with the block at left 24, top 4, width 12, height 8
        BufferedImage stored = new BufferedImage(20, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(4, 4, 8, 12);
        graphics.dispose();
        Path photo = Files.write(dir.resolve("photo.jpg"), ExifJpegs.withOrientation(stored, 6, false));

        BufferedImage decoded = ImageIO.read(photo.toFile());
        assertEquals(20, decoded.getWidth());
        ExifOrientation orientation = ExifOrientation.of(photo);
        assertEquals(ExifOrientation.ROTATE_90_CW, orientation);
        BufferedImage shown = orientation.apply(decoded);
        assertEquals(40, shown.getWidth());
        assertEquals(20, shown.getHeight());
        assertEquals(new Box(4, 24, 8, 12), ExifJpegs.brightBounds(shown));
    }
}
