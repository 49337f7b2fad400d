package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import javax.imageio.ImageIO;

import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;

class BatikRasterizingTest {

    private static final int WHITE = 0xFFFFFFFF;
    private static final int RED = 0xFFFF0000;

    @Test
    void svgBecomesPngWithTheDrawnPixels() throws Exception {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">
                  <rect x="0" y="0" width="40" height="30" fill="#ffffff"/>
                  <rect x="10" y="5" width="20" height="10" fill="#ff0000"/>
                </svg>
                """;
        ByteArrayOutputStream png = new ByteArrayOutputStream();

        new PNGTranscoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(40, image.getWidth());
        assertEquals(30, image.getHeight());
        assertEquals(RED, image.getRGB(20, 10), "inside the red rectangle");
        assertEquals(WHITE, image.getRGB(5, 10), "left of the rectangle");
        assertEquals(WHITE, image.getRGB(20, 25), "below the rectangle");
    }
}
