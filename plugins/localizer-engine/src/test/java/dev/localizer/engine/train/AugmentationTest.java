package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.scene.Scene;

class AugmentationTest {

    private static final int RED = 0xE01010;
    /** Encodes views at the scenes' own 100×80 size, so that their pixels can be checked one by one. */
    private static final InputEncoding SCENE_SIZE = new InputEncoding(80, 100, false);
    private static final int PLANE = 80 * 100;

    /** A 100×80 black picture with a red 20×10 object whose upper-left corner is at (60, 30). */
    private static Scene redObject() {
        BufferedImage image = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(RED));
        graphics.fillRect(60, 30, 20, 10);
        graphics.dispose();
        return new Scene(image, Label.of(new Box(30, 60, 10, 20), "thing"));
    }

    /** Red, green and blue planes of the view as the network would see it at the scene's size. */
    private static float[] encoded(SceneView view) {
        float[] data = SCENE_SIZE.newBatch(1);
        SCENE_SIZE.encodeInto(view.scene().image(), view.region(), data, 0);
        view.colour().applyTo(data, 0, PLANE);
        return data;
    }

    @Test
    void aCropZoomsInAndMovesTheBoxWithTheObject() {
        // half of each side, placed as far right and down as keeps the object: x from 30 to 50, y from 0 to 30
        SceneView cropped = Augmentation.crop(redObject(), 0.5, 1, 0.5);

        assertEquals(new Rectangle(50, 15, 50, 40), cropped.region());
        // the crop starts at (50, 15) and is scaled by 2: the object then lies at (20, 30), 40×20
        assertEquals(new Box(30, 20, 20, 40), cropped.label().box());
        assertRedExactlyInside(encoded(cropped), cropped.label().box());
    }

    @Test
    void anObjectLargerThanTheCropWidensIt() {
        Scene wide = new Scene(redObject().image(), Label.of(new Box(30, 10, 10, 80), "thing"));

        SceneView cropped = Augmentation.crop(wide, 0.5, 0, 0);

        assertTrue(cropped.label().box().isInside(100, 80), cropped.label().box().toString());
        assertEquals(100, cropped.label().box().width(), 1e-9, "an 80 px crop of an 80 px object scaled to 100 px");
        assertEquals(80, cropped.region().width);
    }

    @Test
    void everyRandomChangeOfAFixedSceneKeepsTheWholeObjectInItsBox() {
        Augmentation augmentation = new Augmentation(new Random(3), true);
        Box mirrored = Augmentation.flipHorizontally(redObject()).label().box();
        int moved = 0;
        int recoloured = 0;
        for (int i = 0; i < 200; i++) {
            SceneView view = augmentation.apply(redObject());
            Box box = view.label().box();
            assertTrue(box.isInside(100, 80), box.toString());
            assertTrue(box.width() >= 20 - 1e-9 && box.height() >= 10 - 1e-9, "crops only zoom in: " + box);
            float[] pixels = encoded(view);
            int centre = (int) (box.top() + box.height() / 2) * 100 + (int) (box.left() + box.width() / 2);
            assertTrue(pixels[centre] - pixels[PLANE + centre] > 40 / 255f, "the object is at its box's centre: red "
                    + pixels[centre] + ", green " + pixels[PLANE + centre] + " in " + box);
            moved += box.equals(redObject().label().box()) || box.equals(mirrored) ? 0 : 1;
            recoloured += view.colour().equals(ColourChange.NONE) ? 0 : 1;
        }
        assertTrue(moved > 150, moved + " of 200 changes moved or scaled the box");
        assertEquals(200, recoloured, "every change of a fixed scene changes its colours");
    }

    @Test
    void generatedScenesAreOnlyMirrored() {
        Augmentation augmentation = new Augmentation(new Random(4), false);
        Box mirrored = Augmentation.flipHorizontally(redObject()).label().box();
        int flips = 0;
        for (int i = 0; i < 20; i++) {
            SceneView view = augmentation.apply(redObject());
            Box box = view.label().box();
            assertTrue(box.equals(redObject().label().box()) || box.equals(mirrored), box.toString());
            assertTrue(view.isWhole(), "the whole picture, colours unchanged: " + view.region() + ", " + view.colour());
            assertEquals(RED, view.scene().image().getRGB((int) box.left() + 1, 31) & 0xFFFFFF, "the object moved with its box");
            flips += box.equals(mirrored) ? 1 : 0;
        }
        assertTrue(flips > 3 && flips < 17, flips + " of 20 mirrored");
    }

    @Test
    void recolouringScalesBrightnessContrastAndSaturation() {
        // one pixel each of mid-grey (128, 128, 128) and orange (200, 100, 50), as encoded planes
        float[] pixels = {128 / 255f, 200 / 255f, 128 / 255f, 100 / 255f, 128 / 255f, 50 / 255f};

        assertPixels(new double[] {160, 250, 160, 125, 160, 62.5}, recoloured(pixels, new ColourChange(1.25, 1, 1)));
        // (200 − 127.5) × 0.5 + 127.5 = 163.75, (100 − 127.5) × 0.5 + 127.5 = 113.75, (50 − 127.5) × 0.5 + 127.5 = 88.75
        assertPixels(new double[] {127.75, 163.75, 127.75, 113.75, 127.75, 88.75}, recoloured(pixels, new ColourChange(1, 0.5, 1)));
        double luma = 0.299 * 200 + 0.587 * 100 + 0.114 * 50;
        assertPixels(new double[] {128, luma, 128, luma, 128, luma}, recoloured(pixels, new ColourChange(1, 1, 0)));
        assertPixels(new double[] {255, 255, 255, 200, 255, 100}, recoloured(pixels, new ColourChange(2, 1, 1)));
        assertPixels(new double[] {128, 200, 128, 100, 128, 50}, recoloured(pixels, ColourChange.NONE));
    }

    private static float[] recoloured(float[] pixels, ColourChange change) {
        float[] changed = pixels.clone();
        change.applyTo(changed, 0, 2);
        return changed;
    }

    private static void assertPixels(double[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i] / 255, actual[i], 1e-5, "value " + i + " (×255: " + actual[i] * 255 + ")");
        }
    }

    private static void assertRedExactlyInside(float[] pixels, Box box) {
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 100; x++) {
                boolean inside = x >= box.left() + 1 && x < box.right() - 1 && y >= box.top() + 1 && y < box.bottom() - 1;
                boolean outside = x < box.left() - 1 || x >= box.right() + 1 || y < box.top() - 1 || y >= box.bottom() + 1;
                int at = y * 100 + x;
                if (inside) {
                    assertEquals(0xE0 / 255f, pixels[at], 1e-5, "red at " + x + "," + y + " inside " + box);
                    assertEquals(0x10 / 255f, pixels[PLANE + at], 1e-5, "green at " + x + "," + y + " inside " + box);
                } else if (outside) {
                    assertEquals(0, pixels[at], 1e-5, "red at " + x + "," + y + " outside " + box);
                }
            }
        }
    }
}
