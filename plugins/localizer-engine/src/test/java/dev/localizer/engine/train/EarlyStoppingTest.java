package dev.localizer.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.localizer.engine.LocalizerException;

class EarlyStoppingTest {

    /** Falls fast for three epochs, then creeps down by 0.0001 per epoch: a plateau. */
    private static final List<Double> PLATEAU = List.of(1.0, 0.8, 0.7, 0.6999, 0.6998, 0.6997, 0.6996, 0.6995);

    @Test
    void stopsWhenTheGainsOfPatienceEpochsInARowAreBelowTheMinimum() {
        EarlyStopping rule = new EarlyStopping(3, 0.01);
        // epoch 3 (0.7) is the last to count; epochs 4, 5 and 6 do not, so training stops after epoch 6
        assertEquals(6, firstStop(rule, PLATEAU));
    }

    @Test
    void withoutAMinimumEveryTinyGainCountsAndThePlateauTrainsOn() {
        assertEquals(-1, firstStop(new EarlyStopping(3, 0), PLATEAU));
    }

    @Test
    void aRiseStopsAfterPatienceEpochsAndNotBefore() {
        List<Double> rising = List.of(0.5, 0.6, 0.7, 0.8);
        assertEquals(3, firstStop(new EarlyStopping(2, 0), rising));
        assertEquals(4, firstStop(new EarlyStopping(3, 0), rising));
        assertEquals(-1, firstStop(new EarlyStopping(4, 0), rising));
    }

    @Test
    void untilTheBudgetGainsCountByTheirShareOfTheExcessOverTheFloor() {
        // a creep of 0.00001 per epoch: a twentieth of the excess just above a floor of 0.6998, a sixtieth of a thousandth
        // of it above a floor of 0.1
        List<Double> creeping = new ArrayList<>(List.of(1.0, 0.7));
        for (int epoch = 1; epoch <= 12; epoch++) {
            creeping.add(0.7 - epoch * 1e-5);
        }
        assertEquals(-1, firstStop(EarlyStopping.UNTIL_BUDGET, creeping, 0.6998));
        assertEquals(12, firstStop(EarlyStopping.UNTIL_BUDGET, creeping, 0.1));
    }

    @Test
    void untilTheBudgetAnEpochWhoseBoxesGetBetterCountsThoughItsLossDoesNot() {
        // the loss is flat from epoch 2; the IoU rises by 0.01 an epoch up to epoch 20, then wavers by ±0.002
        List<EpochRecord> epochs = new ArrayList<>();
        for (int epoch = 1; epoch <= 40; epoch++) {
            double iou = epoch <= 20 ? 0.5 + 0.01 * epoch : 0.7 + (epoch % 2 == 0 ? 0.002 : -0.002);
            epochs.add(validated(epoch, epoch == 1 ? 1.0 : 0.8, iou));
        }
        assertEquals(30, firstStopOver(EarlyStopping.UNTIL_BUDGET, epochs, 0.7));
        EarlyStopping lossOnly = new EarlyStopping(EarlyStopping.UNTIL_BUDGET_PATIENCE, 0, 1e-3, 0, 0, 0);
        assertEquals(12, firstStopOver(lossOnly, epochs, 0.7));
    }

    @Test
    void untilTheBudgetThePatienceAlsoSpansAQuarterOfTheBudget() {
        // the loss falls for two epochs of 10 s, then stays flat
        List<EpochRecord> epochs = new ArrayList<>();
        for (int epoch = 1; epoch <= 40; epoch++) {
            epochs.add(new EpochRecord(epoch, 1, epoch <= 2 ? 1.0 / epoch : 0.5, 1, Double.NaN, Double.NaN, 10 * epoch));
        }
        assertEquals(12, firstStopWithin(EarlyStopping.UNTIL_BUDGET, epochs, 100), "ten epochs are 100 s, 25 s needed");
        assertEquals(32, firstStopWithin(EarlyStopping.UNTIL_BUDGET, epochs, 1200), "a quarter of 1,200 s is 30 epochs");
        assertEquals(12, firstStopWithin(EarlyStopping.UNTIL_BUDGET, epochs, 0), "without a budget, epochs alone");
    }

    @Test
    void onlyStoppingUntilTheBudgetCoolsDownFirst() {
        assertTrue(EarlyStopping.UNTIL_BUDGET.coolsDown());
        assertEquals(EarlyStopping.UNTIL_BUDGET_PATIENCE, EarlyStopping.UNTIL_BUDGET.coolDownEpochs());
        assertFalse(new EarlyStopping(3, 0.01).coolsDown(), "a patience the user chose stops when it runs out");
        assertFalse(new EarlyStopping(0, 0, 0, 0, 0, 5).coolsDown(), "off is off");
    }

    @Test
    void offNeverStopsAndEpochsWithoutValidationNeverStop() {
        assertEquals(-1, firstStop(EarlyStopping.OFF, List.of(0.5, 0.6, 0.7, 0.8)));
        assertEquals(-1, firstStop(new EarlyStopping(1, 0), List.of(Double.NaN, Double.NaN, Double.NaN)));
        assertFalse(new EarlyStopping(1, 0).stopsAfter(List.of(), 0, 0));
        assertFalse(EarlyStopping.UNTIL_BUDGET.stopsAfter(List.of(validated(1, 0.5, Double.NaN)), 0, 0));
    }

    @Test
    void wrongValuesAreRefusedWithTheValue() {
        LocalizerException patience = assertThrows(LocalizerException.class, () -> new EarlyStopping(-1, 0));
        assertTrue(patience.getMessage().contains("-1"), patience.getMessage());
        LocalizerException minimum = assertThrows(LocalizerException.class, () -> new EarlyStopping(2, -0.5));
        assertTrue(minimum.getMessage().contains("-0.5"), minimum.getMessage());
        assertThrows(LocalizerException.class, () -> new EarlyStopping(2, Double.NaN));
    }

    /** The 1-based epoch after which the rule first stops, or -1 if it never does. */
    private static int firstStop(EarlyStopping rule, List<Double> losses) {
        return firstStop(rule, losses, 0);
    }

    private static int firstStop(EarlyStopping rule, List<Double> losses, double floor) {
        List<EpochRecord> epochs = new ArrayList<>();
        for (double loss : losses) {
            epochs.add(validated(epochs.size() + 1, loss, Double.NaN));
        }
        return firstStopOver(rule, epochs, floor);
    }

    private static int firstStopOver(EarlyStopping rule, List<EpochRecord> epochs, double floor) {
        return firstStopWithin(rule, epochs, floor, 0);
    }

    private static int firstStopWithin(EarlyStopping rule, List<EpochRecord> epochs, double budgetSeconds) {
        return firstStopWithin(rule, epochs, 0, budgetSeconds);
    }

    private static int firstStopWithin(EarlyStopping rule, List<EpochRecord> epochs, double floor, double budgetSeconds) {
        for (int epoch = 1; epoch <= epochs.size(); epoch++) {
            if (rule.stopsAfter(epochs.subList(0, epoch), floor, budgetSeconds)) {
                return epoch;
            }
        }
        return -1;
    }

    private static EpochRecord validated(int epoch, double validationLoss, double meanIou) {
        return new EpochRecord(epoch, validationLoss, validationLoss, 1, meanIou, Double.NaN, epoch);
    }
}
