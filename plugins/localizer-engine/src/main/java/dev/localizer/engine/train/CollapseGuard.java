package dev.localizer.engine.train;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells when training has collapsed instead of letting it end silently with a useless model: when the presence
 * output gives one value on every validation scene although some have an object and some not (it saturated), or
 * when the validation loss has stayed at or above what guessing the average box and presence scores for several
 * epochs in a row (the network learnt nothing from the pictures). Both have been seen with learning rates too high
 * for the data.
 */
final class CollapseGuard {

    /** Epochs in a row at or above the uninformed loss that count as a collapse. */
    static final int EPOCHS_AT_UNINFORMED_LOSS = 3;
    /** A presence spread below this over the validation scenes counts as one value everywhere. */
    static final double SATURATED_SPREAD = 1e-3;

    private CollapseGuard() {
    }

    /** The warning that the epochs' validation outcomes so far call for, if any. */
    static Optional<String> warning(List<Validation.Outcome> outcomes, int scenes, double learningRate) {
        if (outcomes.isEmpty()) {
            return Optional.empty();
        }
        Validation.Outcome last = outcomes.get(outcomes.size() - 1);
        String advice = String.format(Locale.ROOT, " Lower the learning rate (now %s), e.g. to %s, and train again.",
                learningRate, learningRate / 4);
        if (last.mixed() && last.presenceSpread() < SATURATED_SPREAD) {
            return Optional.of(String.format(Locale.ROOT, "Training collapsed at epoch %d: the presence output is the "
                    + "same (within %.4f) on all %d validation scenes, with and without an object, so it no longer "
                    + "tells them apart (detection %.1f%%, validation loss %.3f, floor %.3f).", outcomes.size(),
                    last.presenceSpread(), scenes, 100 * last.metrics().detectionAccuracy(), last.loss(), last.floor())
                    + advice);
        }
        if (outcomes.size() >= EPOCHS_AT_UNINFORMED_LOSS && outcomes.subList(outcomes.size() - EPOCHS_AT_UNINFORMED_LOSS,
                outcomes.size()).stream().allMatch(outcome -> outcome.loss() >= outcome.uninformedLoss())) {
            return Optional.of(String.format(Locale.ROOT, "Training is not learning: for the last %d epochs the "
                    + "validation loss (now %.3f, floor %.3f) stayed at or above %.3f, the loss of guessing the average "
                    + "box and presence without looking at the pictures (mean IoU %.3f).", EPOCHS_AT_UNINFORMED_LOSS,
                    last.loss(), last.floor(), last.uninformedLoss(), last.metrics().meanIou()) + advice);
        }
        return Optional.empty();
    }
}
