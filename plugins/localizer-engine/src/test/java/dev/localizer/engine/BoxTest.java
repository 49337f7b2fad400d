package dev.localizer.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoxTest {

    @Test
    void normalizesEachValueByItsOwnImageSide() {
        Box box = new Box(20, 50, 40, 100);
        assertArrayEquals(new double[] {0.1, 0.125, 0.2, 0.25}, box.toNormalized(400, 200), 1e-12);
    }

    @Test
    void roundTripsThroughNormalizedValues() {
        Box box = new Box(13, 7, 60, 90);
        Box back = Box.fromNormalized(box.toNormalized(320, 240), 320, 240);
        assertEquals(box.top(), back.top(), 1e-9);
        assertEquals(box.left(), back.left(), 1e-9);
        assertEquals(box.height(), back.height(), 1e-9);
        assertEquals(box.width(), back.width(), 1e-9);
    }

    @Test
    void clampsNetworkOutputsIntoTheImage() {
        Box box = Box.fromNormalized(new double[] {0.9, -0.2, 0.5, 1.7}, 100, 50);
        assertEquals(45, box.top(), 1e-9);
        assertEquals(0, box.left(), 1e-9);
        assertEquals(5, box.height(), 1e-9);
        assertEquals(100, box.width(), 1e-9);
        assertTrue(box.isInside(100, 50));
    }

    @Test
    void scalesWithTheImage() {
        Box box = new Box(10, 20, 30, 40).scaled(0.5, 2);
        assertEquals(new Box(20, 10, 60, 20), box);
    }

    @Test
    void rejectsNegativeSizesAndNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new Box(0, 0, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> new Box(Double.NaN, 0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> Box.NONE.toNormalized(0, 10));
    }

    @Test
    void knowsWhenItLeavesTheImage() {
        assertFalse(new Box(-1, 0, 10, 10).isInside(100, 100));
        assertFalse(new Box(95, 0, 10, 10).isInside(100, 100));
        assertTrue(new Box(90, 90, 10, 10).isInside(100, 100));
    }
}
