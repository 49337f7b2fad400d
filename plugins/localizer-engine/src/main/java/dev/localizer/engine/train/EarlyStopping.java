package dev.localizer.engine.train;

import java.util.List;

import dev.localizer.engine.LocalizerException;

/**
 * When training stops before its last epoch: after {@code patience} epochs in a row whose validation loss did not
 * improve on the best so far by more than {@code minImprovement} (and, where it is watched, whose validation mean IoU
 * did not rise by more than {@code minIouGain}). A smaller gain in loss still makes that epoch's model the one kept;
 * it just does not reset the count, so a long plateau of tiny gains ends training too.
 *
 * @param patience          epochs without a sufficient improvement before stopping; 0 turns early stopping off
 * @param minImprovement    how much lower than the best validation loss so far a loss must be to count, 0 or more
 * @param minShareOfExcess  what share of the best loss's excess over the loss floor (which no model goes below) an
 *                          improvement must also reach to count, 0 or more: near the floor, real progress moves the
 *                          loss by very little
 * @param minIouGain        how much higher than the best of the epochs that counted so far a validation mean IoU must
 *                          be for its epoch to count even when its loss does not; 0 means the IoU is not watched
 * @param patienceShareOfBudget the patience in time as a share of the time budget, where training has one: the
 *                          epochs without improvement must also span at least this share of it; 0 for epochs alone
 * @param coolDownEpochs    0 to stop as soon as the patience runs out; otherwise the epochs over which training first
 *                          finishes its learning-rate schedule (the rest of the cosine, compressed) and then stops
 */
public record EarlyStopping(int patience, double minImprovement, double minShareOfExcess, double minIouGain,
                            double patienceShareOfBudget, int coolDownEpochs) {

    private static final double UNTIL_BUDGET_MIN_SHARE_OF_EXCESS = 1e-3;
    private static final double UNTIL_BUDGET_MIN_IOU_GAIN = 0.005;
    private static final double UNTIL_BUDGET_PATIENCE_SHARE_OF_BUDGET = 0.25;

    /** Never stops early. */
    public static final EarlyStopping OFF = new EarlyStopping(0, 0);

    /**
     * Stopping when training runs until its time budget and no early stopping was asked for: ten epochs without a
     * validation loss lower by more than {@value #UNTIL_BUDGET_MIN_SHARE_OF_EXCESS} of the best loss's excess over
     * its floor. Generous, because the learning rate decays along the budget and late epochs at lower rates often
     * still improve after a plateau; but a network whose weights barely move lowers its loss by a hair every epoch,
     * and such gains must not keep it training for the rest of the budget. The share is of the excess, not of the
     * loss, because a well-trained model's loss is almost all floor: with a fixed 1e-5 instead, training on 4,000
     * fixed scenes stopped at a third of a 10-minute budget while its boxes were still getting better. Even so the loss
     * hardly shows a box that gets a pixel closer, so an epoch whose validation mean IoU beats the best so far by more
     * than {@value #UNTIL_BUDGET_MIN_IOU_GAIN} counts too: on fresh scenes the validation loss stayed within 0.001 for 33
     * epochs while the IoU rose from 0.76 to 0.90. The ten epochs must also span a quarter of the budget: at a high
     * learning rate a spike in the loss can set training back for longer than ten short epochs (on a low-contrast set
     * of small sprites, a spike at 35 % of the budget and the ten epochs after it ended training at 46 %). When it
     * stops, it first cools down for as many epochs as its patience: a plateau reached while the learning rate is still
     * high is not the best the network can do, and the low rates at the end of the schedule refine the boxes most.
     */
    public static final EarlyStopping UNTIL_BUDGET = new EarlyStopping(EarlyStopping.UNTIL_BUDGET_PATIENCE, 0,
            EarlyStopping.UNTIL_BUDGET_MIN_SHARE_OF_EXCESS, EarlyStopping.UNTIL_BUDGET_MIN_IOU_GAIN,
            EarlyStopping.UNTIL_BUDGET_PATIENCE_SHARE_OF_BUDGET, EarlyStopping.UNTIL_BUDGET_PATIENCE);
    /** The patience of {@link #UNTIL_BUDGET}, for texts that must name it at compile time. */
    public static final int UNTIL_BUDGET_PATIENCE = 10;

    /** The minimum improvement when only a patience is given: any improvement counts. */
    public static final double DEFAULT_MIN_IMPROVEMENT = 0;

    /** Stopping that counts every improvement above {@code minImprovement}, however near the floor. */
    public EarlyStopping(int patience, double minImprovement) {
        this(patience, minImprovement, 0, 0, 0, 0);
    }

    public EarlyStopping {
        if (patience < 0) {
            throw new LocalizerException("The early stopping patience must be 0 (off) or more epochs, got " + patience);
        }
        if (!(minImprovement >= 0) || Double.isInfinite(minImprovement)) {
            throw new LocalizerException("The minimum improvement for early stopping must be 0 or more, got "
                    + minImprovement + "; e.g. 0.001");
        }
        if (!(minShareOfExcess >= 0 && minShareOfExcess < 1)) {
            throw new IllegalArgumentException("The share of the excess over the floor must be in [0, 1), got "
                    + minShareOfExcess);
        }
        if (!(minIouGain >= 0 && minIouGain < 1)) {
            throw new IllegalArgumentException("The IoU gain that counts must be in [0, 1), got " + minIouGain);
        }
        if (!(patienceShareOfBudget >= 0 && patienceShareOfBudget < 1)) {
            throw new IllegalArgumentException("The patience's share of the budget must be in [0, 1), got "
                    + patienceShareOfBudget);
        }
        if (coolDownEpochs < 0) {
            throw new IllegalArgumentException("The cool-down must be 0 or more epochs, got " + coolDownEpochs);
        }
    }

    public boolean isOn() {
        return patience > 0;
    }

    /** Whether training, once this stops it, first finishes its learning-rate schedule. */
    public boolean coolsDown() {
        return isOn() && coolDownEpochs > 0;
    }

    /**
     * Whether training stops after the last of these epochs, whose validation loss floor is {@code floor}: the last
     * {@code patience} of them brought no improvement that counts, neither in validation loss nor, where that is
     * watched, in validation mean IoU; and where the patience has a share of the budget, they span at least that share
     * of {@code budgetSeconds} (0: no budget). Epochs without validation (NaN loss) never stop it.
     */
    public boolean stopsAfter(List<EpochRecord> epochs, double floor, double budgetSeconds) {
        if (!isOn() || epochs.isEmpty() || Double.isNaN(epochs.get(epochs.size() - 1).validationLoss())) {
            return false;
        }
        int lastCounting = -1;
        double referenceLoss = Double.POSITIVE_INFINITY;
        double referenceIou = Double.NEGATIVE_INFINITY;
        for (int epoch = 0; epoch < epochs.size(); epoch++) {
            double loss = epochs.get(epoch).validationLoss();
            double iou = epochs.get(epoch).meanIou();
            boolean lossCounts = loss < referenceLoss - minImprovement
                    && (minShareOfExcess == 0 || referenceLoss - loss > minShareOfExcess * (referenceLoss - floor));
            boolean iouCounts = minIouGain > 0 && iou > referenceIou + minIouGain;
            if (lastCounting < 0 ? !Double.isNaN(loss) : lossCounts || iouCounts) {
                lastCounting = epoch;
                referenceLoss = Math.min(referenceLoss, loss);
                referenceIou = Double.isNaN(iou) ? referenceIou : Math.max(referenceIou, iou);
            }
        }
        double secondsWithout = epochs.get(epochs.size() - 1).seconds() - epochs.get(lastCounting).seconds();
        return epochs.size() - 1 - lastCounting >= patience
                && (budgetSeconds <= 0 || secondsWithout >= patienceShareOfBudget * budgetSeconds);
    }
}
