package dev.localizer.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.LocalizerException;

class InputEncodingTest {

    @Test
    void channelsAreRgbScaledToOneThenRowAndColumn() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 2, new Color(255, 51, 0).getRGB());

        INDArray encoded = new InputEncoding(8, 8, true).encode(List.of(image));

        assertArrayEquals(new long[] {1, 5, 8, 8}, encoded.shape());
        assertEquals(1.0, encoded.getDouble(0, 0, 2, 3), 1e-6);
        assertEquals(0.2, encoded.getDouble(0, 1, 2, 3), 1e-6);
        assertEquals(0.0, encoded.getDouble(0, 2, 2, 3), 1e-6);
        assertEquals(0.0, encoded.getDouble(0, 0, 3, 3), 1e-6);
        assertEquals(-1.0, encoded.getDouble(0, 3, 0, 5), 1e-6);
        assertEquals(1.0, encoded.getDouble(0, 3, 7, 5), 1e-6);
        assertEquals(-1.0 + 2.0 * 3 / 7, encoded.getDouble(0, 4, 2, 3), 1e-6);
    }

    @Test
    void largerImagesAreResizedKeepingWhereThingsAre() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(20, 0, 20, 20);
        graphics.dispose();

        INDArray encoded = new InputEncoding(8, 8, false).encode(List.of(image));

        assertArrayEquals(new long[] {1, 3, 8, 8}, encoded.shape());
        assertEquals(0.0, encoded.getDouble(0, 1, 4, 1), 1e-6);
        assertEquals(1.0, encoded.getDouble(0, 1, 4, 6), 1e-6);
    }

    @Test
    void aRegionIsEncodedAsThatPartOfThePictureAloneWouldBe() {
        BufferedImage image = new BufferedImage(60, 50, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(5);
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 60; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Rectangle region = new Rectangle(13, 7, 37, 29);
        BufferedImage part = new BufferedImage(37, 29, BufferedImage.TYPE_INT_RGB);
        part.createGraphics().drawImage(image.getSubimage(13, 7, 37, 29), 0, 0, null);
        InputEncoding encoding = new InputEncoding(16, 16, true);
        float[] data = encoding.newBatch(1);

        encoding.encodeInto(image, region, data, 0);

        assertArrayEquals(encoding.encode(List.of(part)).data().asFloat(), data);
        assertThrows(IllegalArgumentException.class,
                () -> encoding.encodeInto(image, new Rectangle(30, 30, 31, 10), data, 0), "a region past the right edge");
    }

    @Test
    void absurdSizesAreRefused() {
        assertThrows(LocalizerException.class, () -> new InputEncoding(4, 96, true));
        assertThrows(LocalizerException.class, () -> new InputEncoding(4096, 4096, true));
    }

    @Test
    void batchesLargerThanAnArrayAreRefusedInsteadOfOverflowing() {
        // 420 inputs of 5 × 1024 × 1024 values are more than 2^31 values; the images themselves are tiny.
        BufferedImage tiny = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        List<BufferedImage> batch = java.util.Collections.nCopies(420, tiny);
        String message = assertThrows(LocalizerException.class, () -> new InputEncoding(1024, 1024, true).encode(batch))
                .getMessage();
        assertEquals("A batch of 420 images of 1024×1024 px with 5 channels is 2202009600 values, more than one array"
                + " holds; use smaller batches", message);
    }
}
