package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.loss.Estimate;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.metrics.GroundTruth;
import dev.localizer.engine.predict.Prediction;

class ScoreTest {

    private static final List<GroundTruth> TRUTH = List.of(new GroundTruth(new Box(10, 20, 50, 40), true, "penguin"),
            new GroundTruth(Box.NONE, false, ""));
    private static final List<int[]> SIZES = List.of(new int[] {100, 100}, new int[] {100, 100});

    @Test
    void aOneClassModelIsScoredWhateverClassTheLabelsName() {
        Estimation answers = answers(new double[0]);
        Score score = Score.of(TRUTH, answers, List.of("object"), SIZES, LossWeights.DEFAULT);
        // box targets 0.1, 0.2, 0.5, 0.4 against estimates of 0.1, 0.2, 0.5, 0.4; presence 0.9 and 0.2
        double box = (entropy(0.1) + entropy(0.2) + entropy(0.5) + entropy(0.4)) / 4;
        double expected = (3.0 * box + 0.5 * -Math.log(0.9) + 0.5 * -Math.log(0.8)) / 2;
        assertEquals(expected, score.referenceLoss(), 1e-9);
        assertTrue(score.lossFloor() <= score.referenceLoss());
    }

    @Test
    void aClassUnknownToAModelWithSeveralClassesLeavesTheLossUndefined() {
        Score score = Score.of(TRUTH, answers(new double[] {0.5, 0.5}), List.of("fox", "ladybug"), SIZES,
                LossWeights.DEFAULT);
        assertTrue(Double.isNaN(score.referenceLoss()));
        assertEquals(1, score.metrics().truePositives());
    }

    private static Estimation answers(double[] classProbabilities) {
        return new Estimation(
                List.of(new Prediction(new Box(10, 20, 50, 40), 0.9, true, "object", 1.0),
                        new Prediction(Box.NONE, 0.2, false, "object", 1.0)),
                List.of(new Estimate(new double[] {0.1, 0.2, 0.5, 0.4}, 0.9, classProbabilities),
                        new Estimate(new double[] {0.5, 0.5, 0.5, 0.5}, 0.2, classProbabilities)));
    }

    private static double entropy(double p) {
        return -(p * Math.log(p) + (1 - p) * Math.log(1 - p));
    }
}
