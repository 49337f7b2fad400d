package dev.localizer.engine.train;

import java.util.List;

import dev.localizer.engine.backend.BackendReport;
import dev.localizer.engine.model.LocalizerModel;

/**
 * The outcome of training.
 *
 * @param model      the trained model (the epoch with the lowest validation loss when there was validation)
 * @param history    one record per completed epoch
 * @param backend    what ran the training
 * @param stopReason why training ended: all epochs done, time budget reached, or early stopping
 * @param warnings   what the user should know about the run, with what to do, e.g. that training collapsed
 */
public record TrainingResult(LocalizerModel model, List<EpochRecord> history, BackendReport backend, String stopReason,
                             List<String> warnings) {

    public TrainingResult {
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
    }
}
