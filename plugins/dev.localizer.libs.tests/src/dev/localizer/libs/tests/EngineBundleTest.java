package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import dev.localizer.engine.Box;

class EngineBundleTest {

    @Test
    void engineClassesComeFromTheLibsBundle() {
        assertEquals("dev.localizer.libs", FrameworkUtil.getBundle(Box.class).getSymbolicName());
    }

    @Test
    void boxConvertsToNormalizedValues() {
        Box box = new Box(50, 20, 100, 40);

        assertArrayEquals(new double[] {0.25, 0.1, 0.5, 0.2}, box.toNormalized(200, 200), 1e-12);
    }
}
