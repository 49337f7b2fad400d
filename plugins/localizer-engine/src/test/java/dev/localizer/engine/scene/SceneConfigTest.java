package dev.localizer.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.localizer.engine.LocalizerException;

class SceneConfigTest {

    private static void assertMessage(Executable action, String... parts) {
        String message = assertThrows(LocalizerException.class, action).getMessage();
        for (String part : parts) {
            assertTrue(message.contains(part), "\"" + message + "\" should mention \"" + part + "\"");
        }
    }

    @Test
    void defaultsMatchTheMethod() {
        SceneConfig config = SceneConfig.defaults();
        assertEquals(200, config.width());
        assertEquals(200, config.height());
        assertEquals(0.5, config.presenceProbability());
        assertEquals(0.5, config.minScale());
        assertEquals(1.5, config.maxScale());
        assertEquals(0.5, config.flipProbability());
        assertEquals(BoxConvention.TIGHT, config.boxConvention());
        assertEquals(List.of("fox", "ladybug", "penguin"), config.classNames());
        assertTrue(config.backgrounds().size() >= 2);
    }

    @Test
    void withersChangeOneSettingOnly() {
        SceneConfig config = SceneConfig.defaults().withScaleRange(0.4, 0.8).withSize(120, 90).withSeed(5).withFlipProbability(0.2)
                .withPresenceProbability(0.9).withAlphaThreshold(10)
                .withBoxConvention(BoxConvention.SPRITE);
        assertEquals(120, config.width());
        assertEquals(90, config.height());
        assertEquals(5, config.seed());
        assertEquals(0.2, config.flipProbability());
        assertEquals(0.9, config.presenceProbability());
        assertEquals(0.4, config.minScale());
        assertEquals(0.8, config.maxScale());
        assertEquals(10, config.alphaThreshold());
        assertEquals(BoxConvention.SPRITE, config.boxConvention());
        assertEquals(SceneConfig.defaults().sprites(), config.sprites());
    }

    @Test
    void badSettingsAreExplainedWithTheirValues() {
        SceneConfig config = SceneConfig.defaults();
        assertMessage(() -> config.withSprites(List.of()), "No sprites");
        assertMessage(() -> config.withBackgrounds(List.of()), "No backgrounds");
        assertMessage(() -> config.withPresenceProbability(1.5), "presence probability 1.5", "between 0 and 1");
        assertMessage(() -> config.withPresenceProbability(Double.NaN), "presence probability NaN");
        assertMessage(() -> config.withFlipProbability(-0.1), "flip probability -0.1");
        assertMessage(() -> config.withScaleRange(1.5, 0.5), "inverted", "1.5", "0.5");
        assertMessage(() -> config.withScaleRange(0, 1), "must be positive");
        assertMessage(() -> config.withScaleRange(-1, 1), "-1.0");
        assertMessage(() -> config.withSize(0, 200), "width 0");
        assertMessage(() -> config.withSize(200, -5), "height -5");
        assertMessage(() -> config.withAlphaThreshold(255), "alpha threshold 255");
    }

    @Test
    void spriteTooLargeAtTheLargestScaleSuggestsAFittingScale() {
        // The fox is 96×84: at scale 1.5 it is 144 px wide, too wide for a 120×120 scene; 1.25 fits.
        assertMessage(() -> SceneConfig.defaults().withSize(120, 120), "fox", "144×126", "120×120",
                "largest scale of at most 1.25");
        SceneConfig fitting = SceneConfig.builder().size(120, 120).scaleRange(0.5, 1.25).build();
        assertEquals(120, fitting.width());
        assertEquals(1.25, fitting.maxScale());
    }

    @Test
    void backgroundSmallerThanTheSceneIsRefused() {
        Background small = TestImages.background(150, 300, Color.GRAY);
        assertMessage(() -> SceneConfig.defaults().withBackgrounds(List.of(small)), "150×300", "smaller than the 200×200",
                "at most 150×200");
    }
}
