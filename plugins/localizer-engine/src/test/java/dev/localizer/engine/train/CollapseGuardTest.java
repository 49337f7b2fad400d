package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.metrics.Metrics;

class CollapseGuardTest {

    private static final Metrics METRICS = new Metrics(40, 20, 20, 20, 0, 0.5, 0.5, 1, 0.67, 0.31, Double.NaN);

    @Test
    void aPresenceOutputWithOneValueOnScenesWithAndWithoutObjectsIsACollapse() {
        Optional<String> warning = CollapseGuard.warning(List.of(outcome(2.0, 0.0002, true)), 40, 0.002);

        assertTrue(warning.isPresent());
        assertTrue(warning.get().startsWith("Training collapsed at epoch 1: the presence output is the same"), warning.get());
        assertTrue(warning.get().contains("all 40 validation scenes") && warning.get().contains("detection 50.0%"),
                warning.get());
        assertTrue(warning.get().contains("Lower the learning rate (now 0.002), e.g. to 5.0E-4"), warning.get());
    }

    @Test
    void oneValueIsRightWhenEverySceneHasAnObject() {
        assertEquals(Optional.empty(), CollapseGuard.warning(List.of(outcome(2.0, 0, false)), 40, 0.002));
    }

    @Test
    void aLossAtTheUninformedLossForThreeEpochsInARowIsACollapseTwoAreNot() {
        Validation.Outcome stuck = outcome(1.5, 0.3, true);
        Validation.Outcome learning = outcome(1.0, 0.3, true);

        assertEquals(Optional.empty(), CollapseGuard.warning(List.of(learning, stuck, stuck), 40, 0.002));
        Optional<String> warning = CollapseGuard.warning(List.of(learning, stuck, stuck, stuck), 40, 0.002);

        assertTrue(warning.isPresent());
        assertTrue(warning.get().contains("for the last 3 epochs the validation loss (now 1.500, floor 0.750) stayed at "
                + "or above 1.200"), warning.get());
    }

    /** An outcome with floor 0.75 and uninformed loss 1.2. */
    private static Validation.Outcome outcome(double loss, double presenceSpread, boolean mixed) {
        return new Validation.Outcome(loss, 0.75, 1.2, presenceSpread, mixed, METRICS);
    }
}
