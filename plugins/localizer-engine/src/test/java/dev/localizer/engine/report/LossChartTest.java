package dev.localizer.engine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossChartTest {

    // A 400×300 chart has its plot area at x 64..380 and y 40..228 (margins 64, 20, 40, 72).
    private static final int WIDTH = 400;
    private static final int HEIGHT = 300;
    private static final Color TRAINING_BLUE = new Color(0x1f77b4);
    private static final Color VALIDATION_ORANGE = new Color(0xff7f0e);

    @TempDir
    Path dir;

    private final LossChart chart = new LossChart("Loss", List.of(
            new Curve("training", new double[] {2.0, 1.0}),
            new Curve("validation", new double[] {Double.NaN, 0.5}, 0.25)));

    @Test
    void drawsEachCurveThroughItsValues() {
        BufferedImage image = chart.toImage(WIDTH, HEIGHT);
        // training runs from (64, 40) at 2.0 to (380, 134) at 1.0 on a 0..2 axis: its midpoint is (222, 87)
        assertNear(TRAINING_BLUE, new Color(image.getRGB(222, 87)));
        // validation has only epoch 2 (0.5 → y 181), drawn as a dot
        assertNear(VALIDATION_ORANGE, new Color(image.getRGB(380, 181)));
        assertEquals(Color.WHITE, new Color(image.getRGB(300, 60)), "background above the curves");
    }

    @Test
    void marksACurvesOwnFloorWithADashedLineInItsColour() {
        BufferedImage image = chart.toImage(WIDTH, HEIGHT);
        int floorY = 228 - (int) Math.round(188 * 0.25 / 2);
        int orange = 0;
        int white = 0;
        for (int x = 100; x < 300; x++) {
            Color pixel = new Color(image.getRGB(x, floorY));
            if (pixel.getRed() > 200 && pixel.getBlue() < 120) {
                orange++;
            } else if (pixel.equals(Color.WHITE)) {
                white++;
            }
        }
        assertTrue(orange > 60 && white > 40, "dashes and gaps along the floor: " + orange + " orange, " + white
                + " white");
    }

    @Test
    void oneEarlySpikeDoesNotFlattenTheRestOfTheCurve() {
        double[] losses = new double[30];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = 1.2 - 0.4 * i / (losses.length - 1);
        }
        losses[1] = 4.3;
        LossChart spiky = new LossChart("Loss", List.of(new Curve("validation", losses, 0.79)));

        LossChart.Range range = spiky.range();

        // the axis spans the floor and the curve without the spike, which is drawn at the top edge
        assertTrue(range.min() <= 0.79 && range.min() > 0.5, range.toString());
        assertTrue(range.max() >= 1.2 && range.max() < 2, range.toString());
        assertTrue(spiky.toSvg(WIDTH, HEIGHT).contains(">4.30<"), "the spike's value is written at the top");
    }

    @Test
    void aFewValuesAreAllOnTheScaleAndTheAxisFollowsThem() {
        assertEquals(3.0, LossChart.onScaleMaximum(List.of(1.0, 3.0, 1.1)), 1e-12);
        LossChart.Range range = new LossChart("Loss", List.of(new Curve("training", new double[] {0.86, 0.84, 0.83})))
                .range();
        assertTrue(range.min() >= 0.8 && range.max() <= 0.9, range.toString());
    }

    @Test
    void writesPngAndSvgFiles() throws IOException {
        Path png = dir.resolve("loss.png");
        Path svg = dir.resolve("loss.svg");
        chart.writePng(png, WIDTH, HEIGHT);
        chart.writeSvg(svg, WIDTH, HEIGHT);

        BufferedImage read = ImageIO.read(png.toFile());
        assertEquals(WIDTH, read.getWidth());
        assertEquals(HEIGHT, read.getHeight());
        String text = Files.readString(svg);
        assertTrue(text.contains("<svg") && text.contains("width=\"" + WIDTH + "\""), text.substring(0, 300));
        assertTrue(text.contains("rgb(31,119,180)"), "training curve colour in the SVG");
        assertTrue(text.contains(">training<") && text.contains(">validation<")
                && text.contains(">validation floor (0.250)<"), "legend text in the SVG");
    }

    @Test
    void roundsTheAxisUpToANiceValue() {
        assertEquals(1, LossChart.niceCeiling(0), 1e-12);
        assertEquals(1, LossChart.niceCeiling(0.93), 1e-12);
        assertEquals(2, LossChart.niceCeiling(1.2), 1e-12);
        assertEquals(2.5, LossChart.niceCeiling(2.1), 1e-12);
        assertEquals(0.05, LossChart.niceCeiling(0.041), 1e-12);
        assertEquals(10, LossChart.niceCeiling(10), 1e-12);
    }

    @Test
    void labelsAllEpochsWhenFewAndAboutEightWhenMany() {
        assertArrayEquals(new int[] {1}, LossChart.epochTicks(1));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, LossChart.epochTicks(5));
        assertArrayEquals(new int[] {1, 4, 8, 12, 16, 20, 24, 28}, LossChart.epochTicks(30));
    }

    @Test
    void leavesOutCurvesWithoutValues() {
        LossChart noValidation = new LossChart("Loss", List.of(new Curve("training", new double[] {1.0}),
                new Curve("validation", new double[] {Double.NaN})));
        String svg = noValidation.toSvg(WIDTH, HEIGHT);
        assertTrue(svg.contains(">training<"));
        assertFalse(svg.contains(">validation<"), "no legend entry for a curve without values");
    }

    @Test
    void drawsEmptyAxesWhenThereIsNothingToShow() {
        BufferedImage image = new LossChart("Loss", List.of(new Curve("training", new double[0])))
                .toImage(WIDTH, HEIGHT);
        assertEquals(WIDTH, image.getWidth());
        assertNotEquals(Color.WHITE.getRGB(), image.getRGB(64, 150), "the y axis is drawn");
    }

    private static void assertNear(Color expected, Color actual) {
        int distance = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 60, "expected about " + expected + " but was " + actual);
    }
}
