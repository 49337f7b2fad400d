package dev.localizer.engine.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.Box;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.metrics.GroundTruth;

class TargetTest {

    @Test
    void aLabelBecomesItsBoxNormalizedByTheImageSizeAndItsClassIndex() {
        Target target = Target.of(new GroundTruth(new Box(20, 50, 40, 25), true, "penguin"), 200, 100,
                List.of("fox", "penguin"));
        assertTrue(target.present());
        assertEquals(1, target.classIndex());
        assertArrayEquals(new double[] {0.2, 0.25, 0.4, 0.125}, target.box(), 1e-12);
    }

    @Test
    void anAbsentObjectHasAnEmptyTargetWhateverItsClass() {
        Target target = Target.of(new GroundTruth(Box.NONE, false, ""), 200, 100, List.of("fox"));
        assertFalse(target.present());
        assertArrayEquals(new double[4], target.box());
    }

    @Test
    void aClassTheModelDoesNotKnowIsNamedInTheError() {
        LocalizerException error = assertThrows(LocalizerException.class,
                () -> Target.of(new GroundTruth(new Box(1, 1, 5, 5), true, "cat"), 50, 50, List.of("fox", "penguin")));
        assertTrue(error.getMessage().contains("'cat'") && error.getMessage().contains("[fox, penguin]"),
                error.getMessage());
    }
}
