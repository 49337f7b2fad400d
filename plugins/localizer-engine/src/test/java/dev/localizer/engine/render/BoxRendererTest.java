package dev.localizer.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.TestImages;

class BoxRendererTest {

    private static final int GREY = 0x808080;
    private static final BufferedImage SCENE = TestImages.solid(60, 50, new Color(GREY));
    private static final Box TRUE_BOX = new Box(20, 10, 20, 30);
    private static final Box PREDICTED_BOX = new Box(24, 14, 12, 20);
    private static final RenderStyle NO_LABELS = RenderStyle.builder().labels(false).build();

    private static int pixel(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static Overlay both(double presence) {
        return Overlay.none().withTruth(Label.of(TRUE_BOX, "fox"))
                .withPrediction(Prediction.of(PREDICTED_BOX, presence, true, "fox", Double.NaN));
    }

    @Test
    void boxesAreStrokedOnTheirEdgePixelsInTheirColours() throws IOException {
        byte[] png = new BoxRenderer(NO_LABELS).png(SCENE, both(0.9));
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png));
        int red = RenderStyle.DEFAULT_TRUE_COLOR.getRGB() & 0xFFFFFF;
        int green = RenderStyle.DEFAULT_PREDICTED_COLOR.getRGB() & 0xFFFFFF;
        // True box: rows 20..39, columns 10..39; a 2-pixel stroke covers columns 10 and 11 on the left edge.
        assertEquals(red, pixel(drawn, 10, 30));
        assertEquals(red, pixel(drawn, 11, 30));
        assertEquals(GREY, pixel(drawn, 9, 30));
        assertEquals(GREY, pixel(drawn, 12, 30));
        assertEquals(red, pixel(drawn, 39, 30));
        assertEquals(GREY, pixel(drawn, 40, 30));
        assertEquals(red, pixel(drawn, 25, 20));
        assertEquals(red, pixel(drawn, 25, 39));
        assertEquals(GREY, pixel(drawn, 25, 19));
        // Predicted box: left edge at column 14.
        assertEquals(green, pixel(drawn, 14, 30));
        assertEquals(GREY, pixel(drawn, 20, 30));
        // Nothing else changed.
        assertEquals(GREY, pixel(drawn, 5, 5));
        assertEquals(GREY, pixel(drawn, 25, 10));
    }

    @Test
    void predictionsBelowThePresenceThresholdAreNotDrawn() {
        BufferedImage drawn = new BoxRenderer(NO_LABELS.toBuilder().presenceThreshold(0.6).build()).draw(SCENE, both(0.59));
        assertEquals(GREY, pixel(drawn, 14, 30));
        assertEquals(RenderStyle.DEFAULT_TRUE_COLOR.getRGB() & 0xFFFFFF, pixel(drawn, 10, 30));
        BufferedImage reached = new BoxRenderer(NO_LABELS.toBuilder().presenceThreshold(0.6).build()).draw(SCENE, both(0.6));
        assertNotEquals(GREY, pixel(reached, 14, 30));
    }

    @Test
    void coloursAndStrokeWidthAreConfigurable() {
        RenderStyle style = NO_LABELS.toBuilder().trueColor(Color.BLUE).strokeWidth(4).build();
        BufferedImage drawn = new BoxRenderer(style).draw(SCENE, Overlay.none().withTruth(Label.of(TRUE_BOX, "")));
        assertEquals(0x0000FF, pixel(drawn, 13, 30));
        assertEquals(GREY, pixel(drawn, 14, 30));
    }

    @Test
    void labelsAreDrawnAboveTheBox() {
        BufferedImage plain = new BoxRenderer(NO_LABELS).draw(SCENE, both(0.9));
        BufferedImage labelled = new BoxRenderer(RenderStyle.defaults()).draw(SCENE, both(0.9));
        int changedAbove = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 10; x < 60; x++) {
                changedAbove += pixel(plain, x, y) != pixel(labelled, x, y) ? 1 : 0;
            }
        }
        assertTrue(changedAbove > 50, "label pixels above the true box: " + changedAbove);
    }

    @Test
    void svgEmbedsTheSceneAndDrawsBoxesAndLabelsAsVectors() throws Exception {
        String svg = new BoxRenderer(RenderStyle.defaults()).svg(SCENE, both(0.93));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertTrue(!svg.contains("<!DOCTYPE"), "no DTD to fetch");
        assertEquals("60", document.getDocumentElement().getAttribute("width"));
        NodeList images = document.getElementsByTagNameNS("*", "image");
        assertEquals(1, images.getLength());
        String href = ((Element) images.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
        assertTrue(href.startsWith("data:image/png;base64,"), href.substring(0, Math.min(40, href.length())));
        assertTrue(svg.contains("fox (presence 0.93)"), "predicted label");
        assertTrue(svg.contains(">fox</text"), "true label");
        assertTrue(svg.contains("rgb(0,200,60)") && svg.contains("rgb(230,30,30)"), "box colours as vector strokes");
        assertTrue(document.getElementsByTagNameNS("*", "rect").getLength() >= 2);
        assertTrue(document.getElementsByTagNameNS("*", "text").getLength() >= 2);
    }

    @Test
    void labelsSayWhichProbabilityIsThePresence() {
        Overlay overlay = Overlay.none().withPrediction(Prediction.of(PREDICTED_BOX, 0.8, true, "penguin", 0.75));
        assertTrue(new BoxRenderer(RenderStyle.defaults()).svg(SCENE, overlay).contains("penguin 0.75 (presence 0.80)"));
        assertTrue(new BoxRenderer(RenderStyle.defaults()).svg(SCENE,
                Overlay.none().withPrediction(Prediction.of(PREDICTED_BOX, 0.66, true, "", Double.NaN))).contains(">presence 0.66</text"));
    }

    @Test
    void aLabelNearTheRightEdgeStaysInsideTheImage() {
        // a box at the right edge of a 60-pixel scene; its label is far wider than the 8 pixels right of its left edge
        Box atTheEdge = new Box(24, 52, 12, 8);
        Overlay overlay = Overlay.none().withPrediction(Prediction.of(atTheEdge, 0.9, true, "penguin", 1.0));
        BufferedImage drawn = new BoxRenderer(RenderStyle.defaults()).draw(SCENE, overlay);
        BufferedImage plain = new BoxRenderer(NO_LABELS).draw(SCENE, overlay);
        int green = RenderStyle.DEFAULT_PREDICTED_COLOR.getRGB() & 0xFFFFFF;

        // the label's background reaches the image's last column and starts well left of the box
        int labelRow = 20;
        assertEquals(green, pixel(drawn, 59, labelRow), "label background at the right edge");
        int firstChanged = 60;
        for (int x = 59; x >= 0; x--) {
            if (pixel(drawn, x, labelRow) != pixel(plain, x, labelRow)) {
                firstChanged = x;
            }
        }
        assertTrue(firstChanged < 30, "the label was moved left into the image, starting at x " + firstChanged);
    }

    @Test
    void truthOfASceneWithoutObjectDrawsNothing() {
        Scene empty = new Scene(SCENE, Label.ABSENT);
        assertEquals(Optional.empty(), Overlay.truthOf(empty).truth());
        BufferedImage drawn = new BoxRenderer(RenderStyle.defaults()).draw(SCENE, Overlay.truthOf(empty));
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 60; x++) {
                assertEquals(GREY, pixel(drawn, x, y));
            }
        }
    }

    @Test
    void boxesOutsideTheImageAreRefused() {
        BoxRenderer renderer = new BoxRenderer(RenderStyle.defaults());
        String message = assertThrows(LocalizerException.class, () -> renderer.png(SCENE,
                Overlay.none().withTruth(Label.of(new Box(40, 10, 20, 10), "fox")))).getMessage();
        assertTrue(message.contains("true box") && message.contains("60×50"), message);
        message = assertThrows(LocalizerException.class, () -> renderer.svg(SCENE,
                Overlay.none().withPrediction(Prediction.of(new Box(0, -3, 10, 10), 0.9, true, "", Double.NaN)))).getMessage();
        assertTrue(message.contains("predicted box") && message.contains("left=-3"), message);
    }

    @Test
    void badStylesAndProbabilitiesAreExplained() {
        assertTrue(assertThrows(LocalizerException.class, () -> RenderStyle.builder().strokeWidth(0).build()).getMessage()
                .contains("stroke width 0"));
        assertTrue(assertThrows(LocalizerException.class, () -> RenderStyle.builder().presenceThreshold(1.2).build())
                .getMessage().contains("presence threshold 1.2"));
        assertTrue(assertThrows(LocalizerException.class, () -> Prediction.of(TRUE_BOX, -0.5, true, "", Double.NaN)).getMessage()
                .contains("-0.5"));
    }
}
