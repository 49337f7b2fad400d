package dev.localizer.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.loss.LossWeights;

class EvaluationTest {

    private static final Box BOX = new Box(10, 10, 40, 40);
    private static final List<int[]> SIZES = List.of(new int[] {100, 100}, new int[] {100, 100});

    /** Overlaps BOX by 30×40 of 40×40 each: IoU 1200 / (1600 + 1600 - 1200) = 0.6. */
    private static final Box SHIFTED = new Box(20, 10, 40, 40);

    /** Overlaps BOX by 10×40: IoU 400 / 2800 = 0.14. */
    private static final Box FAR = new Box(40, 10, 40, 40);

    @Test
    void corLocCountsObjectsFoundWithIouFromOneHalf() {
        List<Label> truth = List.of(fox(BOX), fox(BOX), fox(BOX), fox(BOX), none());
        List<Prediction> predictions = List.of(found(BOX, 0.9, "fox"), found(SHIFTED, 0.9, "fox"),
            found(FAR, 0.9, "fox"), missed(BOX, 0.1, "fox"), missed(BOX, 0.1, "fox"));

        Evaluation evaluation = Evaluation.of(truth, predictions);

        // found and localized: the first two; the third is found but misplaced, the fourth not found
        assertEquals(0.5, evaluation.overall().corLoc(), 1e-12);
        assertEquals((1 + 0.6 + 400.0 / 2800) / 3, evaluation.metrics().meanIou(), 1e-12);
    }

    @Test
    void averagePrecisionRanksByPresenceProbabilityWhateverTheThreshold() {
        List<Label> truth = List.of(fox(BOX), none(), fox(BOX), fox(BOX));
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
        List<Label> truth = List.of(fox(BOX), fox(BOX), ladybug(BOX), none());
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

    @Test
    void aOneClassModelIsScoredWithTheLossWhateverClassTheLabelsName() {
        List<Label> truth = List.of(new Label(new Box(10, 20, 50, 40), true, "penguin"), none());
        Prediction present = new Prediction(new Box(10, 20, 50, 40), 0.9, true, "object", 1, Map.of(),
                Optional.of(new double[] {0.1, 0.2, 0.5, 0.4}));
        Prediction absent = new Prediction(new Box(50, 50, 50, 50), 0.2, false, "object", 1, Map.of(),
                Optional.of(new double[] {0.5, 0.5, 0.5, 0.5}));

        Evaluation evaluation = Evaluation.of(truth, List.of(present, absent), SIZES, LossWeights.DEFAULT);

        // box targets 0.1, 0.2, 0.5, 0.4 against the same estimates; presence 0.9 and 0.2
        double box = (entropy(0.1) + entropy(0.2) + entropy(0.5) + entropy(0.4)) / 4;
        double expected = (3.0 * box + 0.5 * -Math.log(0.9) + 0.5 * -Math.log(0.8)) / 2;
        assertEquals(expected, evaluation.referenceLoss(), 1e-9);
        assertEquals(3.0 * box / 2, evaluation.lossFloor(), 1e-9);
    }

    @Test
    void aClassUnknownToAModelWithSeveralClassesLeavesTheLossUndefinedButNotTheMetrics() {
        List<Label> truth = List.of(new Label(new Box(10, 20, 50, 40), true, "penguin"), none());
        Map<String, Double> classes = Map.of("fox", 0.5, "ladybug", 0.5);
        List<Prediction> predictions = List.of(
                new Prediction(new Box(10, 20, 50, 40), 0.9, true, "fox", 0.5, classes, Optional.empty()),
                new Prediction(Box.NONE, 0.2, false, "fox", 0.5, classes, Optional.empty()));

        Evaluation evaluation = Evaluation.of(truth, predictions, SIZES, LossWeights.DEFAULT);

        assertTrue(Double.isNaN(evaluation.referenceLoss()));
        assertTrue(Double.isNaN(evaluation.lossFloor()));
        assertEquals(1, evaluation.metrics().truePositives());
        assertTrue(Double.isNaN(Evaluation.of(truth, predictions, null, LossWeights.DEFAULT).referenceLoss()),
                "without image sizes there is no loss");
    }

    private static double entropy(double p) {
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    }

    private static Label fox(Box box) {
        return new Label(box, true, "fox");
    }

    private static Label ladybug(Box box) {
        return new Label(box, true, "ladybug");
    }

    private static Label none() {
        return new Label(Box.NONE, false, "");
    }

    private static Prediction found(Box box, double probability, String className) {
        return Prediction.of(box, probability, true, className, 1);
    }

    private static Prediction missed(Box box, double probability, String className) {
        return Prediction.of(box, probability, false, className, 1);
    }
}
