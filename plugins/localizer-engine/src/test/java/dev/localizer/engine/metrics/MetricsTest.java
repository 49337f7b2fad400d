package dev.localizer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;

class MetricsTest {

    @Test
    void iouOfOverlappingDisjointAndIdenticalBoxes() {
        Box a = new Box(0, 0, 10, 10);
        Box b = new Box(5, 5, 10, 10);

        assertEquals(25.0 / 175.0, Metrics.iou(a, b), 1e-12);
        assertEquals(0.0, Metrics.iou(a, new Box(10, 0, 5, 5)));
        assertEquals(1.0, Metrics.iou(b, b), 1e-12);
        assertEquals(0.0, Metrics.iou(Box.NONE, Box.NONE));
    }

    @Test
    void countsAndRatesOfAHandMadeCase() {
        List<Label> truth = List.of(
                new Label(new Box(0, 0, 10, 10), true, "cat"),
                new Label(new Box(0, 0, 10, 20), true, "dog"),
                new Label(new Box(0, 0, 10, 10), true, "cat"),
                new Label(Box.NONE, false, "cat"),
                new Label(Box.NONE, false, "cat"));
        List<Prediction> predictions = List.of(
                Prediction.of(new Box(0, 0, 10, 10), 0.9, true, "cat", 0.8),
                Prediction.of(new Box(0, 0, 10, 10), 0.7, true, "cat", 0.6),
                Prediction.of(new Box(0, 0, 10, 10), 0.2, false, "cat", 0.9),
                Prediction.of(new Box(0, 0, 4, 4), 0.6, true, "dog", 0.5),
                Prediction.of(new Box(0, 0, 4, 4), 0.1, false, "dog", 0.5));

        Metrics metrics = Metrics.of(truth, predictions);

        assertEquals(5, metrics.images());
        assertEquals(3, metrics.withObject());
        assertEquals(2, metrics.truePositives());
        assertEquals(1, metrics.falsePositives());
        assertEquals(1, metrics.falseNegatives());
        assertEquals(3.0 / 5, metrics.detectionAccuracy(), 1e-12);
        assertEquals(2.0 / 3, metrics.precision(), 1e-12);
        assertEquals(2.0 / 3, metrics.recall(), 1e-12);
        assertEquals(2.0 / 3, metrics.f1(), 1e-12);
        assertEquals((1.0 + 0.5) / 2, metrics.meanIou(), 1e-12);
        assertEquals(2.0 / 3, metrics.classAccuracy(), 1e-12);
    }

    @Test
    void ratesWithoutAnythingToCountAreNaN() {
        Metrics metrics = Metrics.of(List.of(new Label(Box.NONE, false, "cat")),
                List.of(Prediction.of(Box.NONE, 0.1, false, "cat", 1)));

        assertEquals(1.0, metrics.detectionAccuracy());
        assertTrue(Double.isNaN(metrics.meanIou()));
        assertTrue(Double.isNaN(metrics.recall()));
        assertTrue(Double.isNaN(metrics.classAccuracy()));
    }
}
