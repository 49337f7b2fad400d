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
    void boxConventionsAreReadByTheirSettingNames() {
        assertEquals(List.of("tight", "sprite"), BoxConvention.settingNames());
        assertEquals(BoxConvention.SPRITE, BoxConvention.parse(" Sprite "));
        LocalizerException error = assertThrows(LocalizerException.class, () -> BoxConvention.parse("loose"));
        assertEquals("Unknown box convention 'loose': use tight or sprite", error.getMessage());
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
        SceneConfig config = SceneConfig.builder().scaleRange(0.4, 0.8).size(120, 90).seed(5).flipProbability(0.2)
                .presenceProbability(0.9).alphaThreshold(10)
                .boxConvention(BoxConvention.SPRITE).build();
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
        assertMessage(() -> config.toBuilder().sprites(List.of()).build(), "No sprites");
        assertMessage(() -> config.toBuilder().backgrounds(List.of()).build(), "No backgrounds");
        assertMessage(() -> config.toBuilder().presenceProbability(1.5).build(), "presence probability 1.5", "between 0 and 1");
        assertMessage(() -> config.toBuilder().presenceProbability(Double.NaN).build(), "presence probability NaN");
        assertMessage(() -> config.toBuilder().flipProbability(-0.1).build(), "flip probability -0.1");
        assertMessage(() -> config.toBuilder().scaleRange(1.5, 0.5).build(), "inverted", "1.5", "0.5");
        assertMessage(() -> config.toBuilder().scaleRange(0, 1).build(), "must be positive");
        assertMessage(() -> config.toBuilder().scaleRange(-1, 1).build(), "-1.0");
        assertMessage(() -> config.toBuilder().size(0, 200).build(), "width 0");
        assertMessage(() -> config.toBuilder().size(200, -5).build(), "height -5");
        assertMessage(() -> config.toBuilder().alphaThreshold(255).build(), "alpha threshold 255");
    }

    @Test
    void spriteTooLargeAtTheLargestScaleSuggestsAFittingScale() {
        // The fox is 96×84: at scale 1.5 it is 144 px wide, too wide for a 120×120 scene; 1.25 fits.
        assertMessage(() -> SceneConfig.builder().size(120, 120).build(), "fox", "144×126", "120×120",
                "largest scale of at most 1.25");
        SceneConfig fitting = SceneConfig.builder().size(120, 120).scaleRange(0.5, 1.25).build();
        assertEquals(120, fitting.width());
        assertEquals(1.25, fitting.maxScale());
    }

    @Test
    void backgroundSmallerThanTheSceneIsRefused() {
        Background small = TestImages.background(150, 300, Color.GRAY);
        assertMessage(() -> SceneConfig.builder().backgrounds(List.of(small)).build(), "150×300", "smaller than the 200×200",
                "at most 150×200");
    }
}
