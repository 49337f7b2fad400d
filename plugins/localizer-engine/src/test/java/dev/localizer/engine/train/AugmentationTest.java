package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.scene.Scene;

class AugmentationTest {

    private static final int RED = 0xE01010;

    /** A 100×80 black picture with a red 20×10 object whose upper-left corner is at (60, 30). */
    private static Scene redObject() {
        BufferedImage image = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(RED));
        graphics.fillRect(60, 30, 20, 10);
        graphics.dispose();
        return new Scene(image, Label.of(new Box(30, 60, 10, 20), "thing"));
    }

    @Test
    void aCropZoomsInAndMovesTheBoxWithTheObject() {
        // half of each side, placed as far right and down as keeps the object: x from 30 to 50, y from 0 to 30
        Scene cropped = Augmentation.crop(redObject(), 0.5, 1, 0.5);

        assertEquals(100, cropped.width());
        assertEquals(80, cropped.height());
        // the crop starts at (50, 15) and is scaled by 2: the object then lies at (20, 30), 40×20
        assertEquals(new Box(30, 20, 20, 40), cropped.label().box());
        assertRedExactlyInside(cropped);
    }

    @Test
    void anObjectLargerThanTheCropWidensIt() {
        Scene wide = new Scene(redObject().image(), Label.of(new Box(30, 10, 10, 80), "thing"));

        Scene cropped = Augmentation.crop(wide, 0.5, 0, 0);

        assertTrue(cropped.label().box().isInside(100, 80), cropped.label().box().toString());
        assertEquals(100, cropped.label().box().width(), 1e-9, "an 80 px crop of an 80 px object scaled to 100 px");
    }

    @Test
    void everyRandomChangeOfAFixedSceneKeepsTheWholeObjectInItsBox() {
        Augmentation augmentation = new Augmentation(new Random(3), true);
        int changed = 0;
        for (int i = 0; i < 200; i++) {
            Scene scene = augmentation.apply(redObject());
            Box box = scene.label().box();
            assertTrue(box.isInside(100, 80), box.toString());
            assertTrue(box.width() >= 20 - 1e-9 && box.height() >= 10 - 1e-9, "crops only zoom in: " + box);
            int centreX = (int) (box.left() + box.width() / 2);
            int centreY = (int) (box.top() + box.height() / 2);
            int centre = scene.image().getRGB(centreX, centreY) & 0xFFFFFF;
            assertTrue(((centre >> 16) & 0xFF) - ((centre >> 8) & 0xFF) > 40, "the object is at its box's centre: "
                    + Integer.toHexString(centre) + " in " + box);
            changed += box.equals(redObject().label().box()) || box.equals(Augmentation.flipHorizontally(redObject()).label().box()) ? 0 : 1;
        }
        assertTrue(changed > 150, changed + " of 200 changes moved or scaled the box");
    }

    @Test
    void generatedScenesAreOnlyMirrored() {
        Augmentation augmentation = new Augmentation(new Random(4), false);
        Box mirrored = Augmentation.flipHorizontally(redObject()).label().box();
        for (int i = 0; i < 20; i++) {
            Scene scene = augmentation.apply(redObject());
            assertTrue(scene.label().box().equals(redObject().label().box()) || scene.label().box().equals(mirrored), scene.label().box().toString());
            assertEquals(RED, scene.image().getRGB((int) scene.label().box().left() + 1, 31) & 0xFFFFFF, "colours unchanged");
        }
    }

    @Test
    void recolouringScalesBrightnessContrastAndSaturation() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x808080);
        image.setRGB(1, 0, 0xC86432);
        Scene scene = new Scene(image, Label.ABSENT);

        Scene brighter = Augmentation.recolour(scene, 1.25, 1, 1);
        Scene flatter = Augmentation.recolour(scene, 1, 0.5, 1);
        Scene grey = Augmentation.recolour(scene, 1, 1, 0);
        Scene same = Augmentation.recolour(scene, 1, 1, 1);

        assertEquals(0xA0A0A0, brighter.image().getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFA7D3F, brighter.image().getRGB(1, 0) & 0xFFFFFF);
        // (200 − 127.5) × 0.5 + 127.5 = 163.75, (100 − 127.5) × 0.5 + 127.5 = 113.75, (50 − 127.5) × 0.5 + 127.5 = 88.75
        assertEquals(0xA47259, flatter.image().getRGB(1, 0) & 0xFFFFFF);
        int luma = (int) Math.round(0.299 * 200 + 0.587 * 100 + 0.114 * 50);
        assertEquals(luma << 16 | luma << 8 | luma, grey.image().getRGB(1, 0) & 0xFFFFFF);
        assertEquals(0xC86432, same.image().getRGB(1, 0) & 0xFFFFFF);
        assertNotEquals(scene.image(), same.image(), "a new image: the scene's own pixels are never changed");
        assertSame(Box.NONE, grey.label().box());
    }

    private static void assertRedExactlyInside(Scene scene) {
        Box box = scene.label().box();
        for (int y = 0; y < scene.height(); y++) {
            for (int x = 0; x < scene.width(); x++) {
                boolean inside = x >= box.left() + 1 && x < box.right() - 1 && y >= box.top() + 1 && y < box.bottom() - 1;
                boolean outside = x < box.left() - 1 || x >= box.right() + 1 || y < box.top() - 1 || y >= box.bottom() + 1;
                int rgb = scene.image().getRGB(x, y) & 0xFFFFFF;
                if (inside) {
                    assertEquals(RED, rgb, "pixel " + x + "," + y + " inside " + box);
                } else if (outside) {
                    assertEquals(0, rgb, "pixel " + x + "," + y + " outside " + box);
                }
            }
        }
    }
}
