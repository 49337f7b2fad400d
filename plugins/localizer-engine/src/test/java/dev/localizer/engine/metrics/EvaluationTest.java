package dev.localizer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.predict.Prediction;

class EvaluationTest {

    private static final Box BOX = new Box(10, 10, 40, 40);

    /** Overlaps BOX by 30×40 of 40×40 each: IoU 1200 / (1600 + 1600 - 1200) = 0.6. */
    private static final Box SHIFTED = new Box(20, 10, 40, 40);

    /** Overlaps BOX by 10×40: IoU 400 / 2800 = 0.14. */
    private static final Box FAR = new Box(40, 10, 40, 40);

    @Test
    void corLocCountsObjectsFoundWithIouFromOneHalf() {
        List<GroundTruth> truth = List.of(fox(BOX), fox(BOX), fox(BOX), fox(BOX), none());
        List<Prediction> predictions = List.of(found(BOX, 0.9, "fox"), found(SHIFTED, 0.9, "fox"),
            found(FAR, 0.9, "fox"), missed(BOX, 0.1, "fox"), missed(BOX, 0.1, "fox"));

        Evaluation evaluation = Evaluation.of(truth, predictions);

        // found and localized: the first two; the third is found but misplaced, the fourth not found
        assertEquals(0.5, evaluation.overall().corLoc(), 1e-12);
        assertEquals((1 + 0.6 + 400.0 / 2800) / 3, evaluation.metrics().meanIou(), 1e-12);
    }

    @Test
    void averagePrecisionRanksByPresenceProbabilityWhateverTheThreshold() {
        List<GroundTruth> truth = List.of(fox(BOX), none(), fox(BOX), fox(BOX));
        // ranked: right (0.9), false alarm (0.8), misplaced (0.7), right but below the threshold (0.2)
        List<Prediction> predictions = List.of(found(BOX, 0.9, "fox"), found(BOX, 0.8, "fox"),
            found(FAR, 0.7, "fox"), missed(BOX, 0.2, "fox"));

        Evaluation evaluation = Evaluation.of(truth, predictions);

        // precision 1 up to recall 1/3, then at most 2/4 up to recall 2/3; the last object is never localized
        assertEquals(1.0 / 3 + 0.5 / 3, evaluation.overall().averagePrecision(), 1e-12);
        assertEquals(1.0 / 3, evaluation.overall().corLoc(), 1e-12);
    }

    @Test
    void perfectPredictionsScoreOneAndNoObjectsScoreNothing() {
        Evaluation perfect = Evaluation.of(List.of(fox(BOX), none()),
            List.of(found(BOX, 0.9, "fox"), missed(BOX, 0.1, "fox")));
        assertEquals(1, perfect.overall().averagePrecision(), 1e-12);
        assertEquals(1, perfect.overall().corLoc(), 1e-12);

        Evaluation empty = Evaluation.of(List.of(none()), List.of(missed(BOX, 0.1, "fox")));
        assertTrue(Double.isNaN(empty.overall().averagePrecision()));
        assertTrue(Double.isNaN(empty.overall().corLoc()));
        assertTrue(Double.isNaN(empty.referenceLoss()), "no estimates given, so no loss");
    }

    @Test
    void eachClassIsScoredAgainstTheRestAndAWrongClassIsNoDetection() {
        List<GroundTruth> truth = List.of(fox(BOX), fox(BOX), ladybug(BOX), none());
        List<Prediction> predictions = List.of(found(BOX, 0.9, "fox"), found(BOX, 0.6, "ladybug"),
            found(BOX, 0.9, "ladybug"), missed(BOX, 0.1, "fox"));

        Evaluation evaluation = Evaluation.of(truth, predictions);

        assertEquals(List.of("fox", "ladybug"), List.copyOf(evaluation.byClass().keySet()));
        Evaluation.Scores fox = evaluation.byClass().get("fox");
        assertEquals(2, fox.metrics().withObject());
        assertEquals(1, fox.metrics().truePositives());
        assertEquals(0, fox.metrics().falsePositives());
        assertEquals(0.5, fox.corLoc(), 1e-12);
        assertEquals(0.5, fox.averagePrecision(), 1e-12);
        Evaluation.Scores ladybug = evaluation.byClass().get("ladybug");
        assertEquals(1, ladybug.metrics().truePositives());
        assertEquals(1, ladybug.metrics().falsePositives(), "the fox predicted as a ladybug is a false alarm");
        assertEquals(1, ladybug.corLoc(), 1e-12);
        assertEquals(1, ladybug.averagePrecision(), 1e-12, "the real ladybug ranks above the false alarm");
        // overall, classes do not matter for detection
        assertEquals(3, evaluation.metrics().truePositives());
        assertEquals(1, evaluation.overall().corLoc(), 1e-12);
        assertEquals(2.0 / 3, evaluation.metrics().classAccuracy(), 1e-12);
    }

    @Test
    void truthOfOneClassHasNoRowsByClass() {
        Evaluation evaluation = Evaluation.of(List.of(fox(BOX), none()),
            List.of(found(BOX, 0.9, "fox"), missed(BOX, 0.1, "fox")));
        assertTrue(evaluation.byClass().isEmpty(), evaluation.byClass().toString());
    }

    private static GroundTruth fox(Box box) {
        return new GroundTruth(box, true, "fox");
    }

    private static GroundTruth ladybug(Box box) {
        return new GroundTruth(box, true, "ladybug");
    }

    private static GroundTruth none() {
        return new GroundTruth(Box.NONE, false, "");
    }

    private static Prediction found(Box box, double probability, String className) {
        return new Prediction(box, probability, true, className, 1);
    }

    private static Prediction missed(Box box, double probability, String className) {
        return new Prediction(box, probability, false, className, 1);
    }
}
