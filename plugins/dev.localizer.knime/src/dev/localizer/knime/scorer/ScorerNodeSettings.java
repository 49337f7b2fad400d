package dev.localizer.knime.scorer;

import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.TrueAndPredictedColumnsSettings;

/**
 * Settings of the Scorer: the true and predicted columns to compare and the presence threshold (shared), and the
 * pictures whose sizes the reference loss needs.
 */
final class ScorerNodeSettings extends TrueAndPredictedColumnsSettings {

    static final String CFG_IMAGE_COLUMN = "image_column";

    /** Empty: the column Image when there is one; without pictures there is no reference loss. */
    final SettingsModelString m_imageColumn =
        registerAddedLater(CFG_IMAGE_COLUMN, new SettingsModelString(CFG_IMAGE_COLUMN, ""));

    @Override
    protected ScorerNodeSettings createEmpty() {
        return new ScorerNodeSettings();
    }
}
