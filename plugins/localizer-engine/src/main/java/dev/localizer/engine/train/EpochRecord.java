package dev.localizer.engine.train;

/**
 * One epoch of training.
 *
 * @param epoch             1-based
 * @param loss              mean training loss over the epoch's steps
 * @param validationLoss    loss on the validation scenes (NaN without validation)
 * @param detectionAccuracy validation detection accuracy at threshold 0.5 (NaN without validation)
 * @param meanIou           validation mean IoU over true positives (NaN without validation or true positives)
 * @param classAccuracy     validation class accuracy (NaN without validation)
 * @param seconds           time since training started, at the end of this epoch
 */
public record EpochRecord(int epoch, double loss, double validationLoss, double detectionAccuracy, double meanIou,
                          double classAccuracy, double seconds) {
}
