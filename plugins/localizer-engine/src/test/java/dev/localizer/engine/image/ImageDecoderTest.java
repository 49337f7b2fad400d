package dev.localizer.engine.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.localizer.engine.Box;
import dev.localizer.engine.image.ImageDecoder.Resolution;

/** One decoder for every reader: pictures as shown, whole or at a bounded resolution with boxes scaled to it. */
class ImageDecoderTest {

    @TempDir
    Path dir;

    /** A 20×40 stored picture, shown 40×20 (orientation 6), with a white block shown at {@code (4, 24, 8, 12)}. */
    private Path sidewaysPhoto() throws IOException {
        BufferedImage stored = new BufferedImage(20, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(4, 4, 8, 12);
        graphics.dispose();
        return Files.write(dir.resolve("sideways.jpg"), ExifJpegs.withOrientation(stored, 6, false));
    }

    @Test
    void aPhotoIsDecodedAsShown() throws IOException {
        Path photo = sidewaysPhoto();
        DecodedImage image = ImageDecoder.read(photo, Resolution.whole());
        assertEquals(40, image.width());
        assertEquals(20, image.height());
        assertEquals(40, image.pixels().getWidth());
        assertEquals(new Box(4, 24, 8, 12), ExifJpegs.brightBounds(image.pixels()));
        assertArrayEquals(new int[] {40, 20}, ImageDecoder.shownSize(photo));
        DecodedImage fromBytes = ImageDecoder.decode(Files.readAllBytes(photo), "a cell", Resolution.whole());
        assertEquals(new Box(4, 24, 8, 12), ExifJpegs.brightBounds(fromBytes.pixels()));
    }

    @Test
    void aLargePictureReadForTrainingKeepsAtMostTheInputSizeAndItsBoxScaledExactly() throws IOException {
        BufferedImage large = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = large.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(2500, 900, 800, 1200);
        graphics.dispose();
        Path file = dir.resolve("large.jpg");
        ImageIO.write(large, "jpeg", file.toFile());

        DecodedImage image = ImageDecoder.read(file, Resolution.forTraining(200));
        assertEquals(4000, image.width());
        assertEquals(3000, image.height());
        assertEquals(200, image.pixels().getWidth());
        assertEquals(200, image.pixels().getHeight());
        Box box = new Box(900, 2500, 1200, 800);
        assertEquals(new Box(900 * 200 / 3000.0, 2500 * 200 / 4000.0, 1200 * 200 / 3000.0, 800 * 200 / 4000.0),
                image.toDecoded(box));
        // the block lies where the scaled box says, give or take the JPEG's and the averaging's blur
        Box bright = ExifJpegs.brightBounds(image.pixels());
        assertEquals(60, bright.top(), 1);
        assertEquals(125, bright.left(), 1);
        assertEquals(80, bright.height(), 2);
        assertEquals(40, bright.width(), 2);
    }

    @Test
    void aPictureWithinTheBoundIsDecodedWhole() throws IOException {
        BufferedImage small = new BufferedImage(150, 100, BufferedImage.TYPE_INT_RGB);
        small.setRGB(3, 7, 0x123456);
        Path file = dir.resolve("small.png");
        ImageIO.write(small, "png", file.toFile());
        DecodedImage image = ImageDecoder.read(file, Resolution.forTraining(200));
        assertEquals(150, image.pixels().getWidth());
        assertEquals(100, image.pixels().getHeight());
        assertEquals(0x123456, image.pixels().getRGB(3, 7) & 0xFFFFFF);
        Box box = new Box(1, 2, 3, 4);
        assertSame(box, image.toDecoded(box));
    }

    @Test
    void shrinkingAveragesThePixelsEachNewPixelCovers() {
        BufferedImage picture = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        int[] values = {0, 40, 80, 120, 20, 60, 100, 140};
        for (int i = 0; i < values.length; i++) {
            picture.setRGB(i % 4, i / 4, values[i] << 16 | values[i] << 8 | values[i]);
        }
        BufferedImage shrunk = AreaShrinking.shrink(picture, 2, 1);
        assertEquals(30, shrunk.getRGB(0, 0) & 0xFF); // (0 + 40 + 20 + 60) / 4
        assertEquals(110, shrunk.getRGB(1, 0) & 0xFF); // (80 + 120 + 100 + 140) / 4
        BufferedImage thirds = AreaShrinking.shrink(picture, 3, 2);
        // the middle new pixel covers half of old pixels 1 and 2 in the first row: (40 + 80) / 2
        assertEquals(60, thirds.getRGB(1, 0) & 0xFF);
    }

    @Test
    void greyAnd16BitPicturesDecodeAsImageIoDecodesThem() throws IOException {
        BufferedImage grey = new BufferedImage(5, 3, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(2, 1, 0, 40000);
        Path file = dir.resolve("grey16.png");
        ImageIO.write(grey, "png", file.toFile());
        BufferedImage expected = ImageIO.read(file.toFile());
        BufferedImage decoded = ImageDecoder.read(file, Resolution.whole()).pixels();
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                assertEquals(expected.getRGB(x, y), decoded.getRGB(x, y));
            }
        }
        assertTrue((decoded.getRGB(2, 1) & 0xFF) > 100);
    }
}
