package dev.localizer.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

class DefaultAssetsTest {

    @Test
    void threeDistinctSpriteClassesWithTransparentSurroundings() {
        List<Sprite> sprites = DefaultAssets.sprites();
        assertEquals(List.of("fox", "ladybug", "penguin"), sprites.stream().map(Sprite::className).toList());
        for (Sprite sprite : sprites) {
            assertTrue(sprite.warning().isEmpty());
            BufferedImage image = sprite.image(sprite.width(), sprite.height());
            int transparent = 0;
            int opaque = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int alpha = image.getRGB(x, y) >>> 24;
                    transparent += alpha == 0 ? 1 : 0;
                    opaque += alpha == 255 ? 1 : 0;
                }
            }
            int area = image.getWidth() * image.getHeight();
            assertTrue(transparent > area / 10 && opaque > area / 3, sprite + ": " + transparent + " transparent, "
                    + opaque + " opaque of " + area);
        }
    }

    @Test
    void landscapesAreLargeEnoughToCropFrom() {
        List<Background> backgrounds = DefaultAssets.backgrounds();
        assertTrue(backgrounds.size() >= 2);
        for (Background background : backgrounds) {
            assertTrue(background.width() >= 640 && background.height() >= 427, background.toString());
            assertTrue(background.warning().isEmpty());
        }
    }
}
