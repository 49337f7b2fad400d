package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.scene.Sprite;

/** Batik stays private to the libs bundle, so it is driven the way nodes drive it: through the engine. */
class BatikRasterizingTest {

    private static final int TRANSPARENT = 0x00000000;
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    @Test
    void svgSpriteBecomesPngWithTheDrawnPixels() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30">
                  <rect x="0" y="0" width="20" height="30" fill="#ff0000"/>
                  <rect x="20" y="0" width="10" height="15" fill="#0000ff"/>
                </svg>
                """;
        Sprite sprite = Sprite.fromBytes(svg.getBytes(StandardCharsets.UTF_8), "two-rectangles.svg", "object");

        BufferedImage decoded = throughPng(sprite.image(40, 30));

        assertEquals(40, decoded.getWidth());
        assertEquals(30, decoded.getHeight());
        assertEquals(RED, decoded.getRGB(10, 15), "inside the red rectangle");
        assertEquals(BLUE, decoded.getRGB(25, 5), "inside the blue rectangle");
        assertEquals(TRANSPARENT, decoded.getRGB(25, 25) & 0xFF000000, "below the blue rectangle nothing is drawn");
        assertEquals(TRANSPARENT, decoded.getRGB(35, 5) & 0xFF000000, "right of both rectangles nothing is drawn");
    }

    private static BufferedImage throughPng(BufferedImage image) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    }
}
