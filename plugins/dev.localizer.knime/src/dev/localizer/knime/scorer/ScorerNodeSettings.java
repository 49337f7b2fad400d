package dev.localizer.knime.scorer;

import dev.localizer.knime.shared.TrueAndPredictedColumnsSettings;

/** Settings of the Scorer: the true and predicted columns to compare, and the presence threshold; all shared. */
final class ScorerNodeSettings extends TrueAndPredictedColumnsSettings {

    @Override
    protected ScorerNodeSettings createEmpty() {
        return new ScorerNodeSettings();
    }
}
