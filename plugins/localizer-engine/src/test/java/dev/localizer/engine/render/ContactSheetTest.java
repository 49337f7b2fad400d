package dev.localizer.engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.TestImages;

class ContactSheetTest {

    private static List<ContactSheet.Tile> tiles(int count) {
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Scene scene = new Scene(TestImages.solid(80, 30, new Color(0, 0, 40 * i)), Label.of(new Box(5, 5, 10, 10), "fox"));
            tiles.add(ContactSheet.Tile.of(scene, "scene " + i));
        }
        return tiles;
    }

    @Test
    void tilesAreLaidOutInAGridWithTheirScenes() {
        ContactSheet sheet = new ContactSheet(RenderStyle.builder().labels(false).build(), 2);
        BufferedImage drawn = sheet.draw(tiles(5));
        // 2 columns of 80 px and 3 rows of 30 px plus title rows, with 8 px gaps.
        assertEquals(2 * 80 + 3 * 8, drawn.getWidth());
        assertTrue(drawn.getHeight() > 3 * 30 + 4 * 8);
        int titleHeight = (drawn.getHeight() - 3 * 30 - 4 * 8) / 3;
        // The centre of the fifth tile (third row, first column) shows its scene colour.
        int y = 8 + 2 * (30 + titleHeight + 8) + titleHeight + 25;
        assertEquals(new Color(0, 0, 160).getRGB() & 0xFFFFFF, drawn.getRGB(8 + 30, y) & 0xFFFFFF);
        // Its true box is drawn: the box's left edge at column 5 of the tile.
        assertEquals(RenderStyle.DEFAULT_TRUE_COLOR.getRGB() & 0xFFFFFF, drawn.getRGB(8 + 5, y - 15) & 0xFFFFFF);
    }

    @Test
    void svgHasOneImageAndTitlePerTile() {
        String svg = new ContactSheet(RenderStyle.defaults(), 3).svg(tiles(4));
        assertEquals(4, svg.split("<image ", -1).length - 1);
        for (int i = 0; i < 4; i++) {
            assertTrue(svg.contains(">scene " + i + "</text"));
        }
        assertTrue(new ContactSheet(RenderStyle.defaults(), 3).png(tiles(2)).length > 100);
    }

    @Test
    void emptySheetsAndBadColumnsAreRefused() {
        assertThrows(LocalizerException.class, () -> new ContactSheet(RenderStyle.defaults(), 0));
        assertTrue(assertThrows(LocalizerException.class, () -> new ContactSheet(RenderStyle.defaults(), 2).png(List.of()))
                .getMessage().contains("at least one scene"));
    }
}
