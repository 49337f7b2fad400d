package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.scene.Scene;

class DemoSheetTest {

    private static final BufferedImage IMAGE = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

    @Test
    void showsTwelveScenesWithAnObjectAndFourWithout() {
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            scenes.add(i % 3 == 0 ? withObject() : empty());
        }
        List<Integer> shown = DemoCommand.sheetScenes(scenes);
        assertEquals(16, shown.size());
        assertEquals(12, shown.stream().filter(i -> scenes.get(i).label().present()).count());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33), shown);
    }

    @Test
    void fillsUpWithEmptyScenesWhenFewHaveAnObject() {
        List<Scene> scenes = List.of(empty(), withObject(), empty(), empty(), empty(), empty(), empty());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), DemoCommand.sheetScenes(scenes));
    }

    @Test
    void titlesSayHowEachPredictionTurnedOut() {
        Box truth = new Box(2, 2, 4, 4);
        assertEquals("IoU 0.50", DemoCommand.verdict(withObject(), Prediction.of(new Box(2, 2, 2, 4), 0.9, true, "fox", 1)));
        assertEquals("missed (p 0.30)", DemoCommand.verdict(withObject(), Prediction.of(truth, 0.3, false, "fox", 1)));
        assertEquals("false alarm (p 0.70)", DemoCommand.verdict(empty(), Prediction.of(truth, 0.7, true, "fox", 1)));
        assertEquals("empty (p 0.10)", DemoCommand.verdict(empty(), Prediction.of(truth, 0.1, false, "fox", 1)));
    }

    private static Scene withObject() {
        return new Scene(IMAGE, Label.of(new Box(2, 2, 4, 4), "fox"));
    }

    private static Scene empty() {
        return new Scene(IMAGE, Label.ABSENT);
    }
}
