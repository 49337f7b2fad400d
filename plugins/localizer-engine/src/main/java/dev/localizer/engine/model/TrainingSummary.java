package dev.localizer.engine.model;

/**
 * How a model was trained, kept in its manifest so that users can see it later.
 *
 * @param epochs            epochs completed
 * @param images            training images seen (with repeats)
 * @param seconds           wall-clock training time
 * @param loss              mean training loss of the last epoch
 * @param validationLoss    loss on the validation images of the kept model (NaN without validation)
 * @param lossFloor         lowest possible loss on those validation images
 * @param detectionAccuracy validation detection accuracy at presence threshold 0.5 (NaN without validation)
 * @param meanIou           validation mean IoU over true positives (NaN without validation)
 * @param seed              the random seed
 * @param backend           the backend that trained it, as {@code BackendReport.describe()} says
 * @param mirroredImages    training pictures were mirrored left to right at random, so the model treats a picture
 *                          and its mirror image alike; false in files written before this was recorded
 */
public record TrainingSummary(int epochs, long images, double seconds, double loss, double validationLoss, double lossFloor,
                              double detectionAccuracy, double meanIou, long seed, String backend,
                              boolean mirroredImages) {
}
