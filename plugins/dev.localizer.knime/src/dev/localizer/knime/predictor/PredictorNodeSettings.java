package dev.localizer.knime.predictor;

import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.NodeSettingsGroup;

/** Settings of the Predictor. */
final class PredictorNodeSettings extends NodeSettingsGroup {

    static final String CFG_IMAGE_COLUMN = "image_column";

    static final String CFG_THRESHOLD = "presence_threshold";

    static final String CFG_BATCH_SIZE = "batch_size";

    static final String CFG_MIRROR_AVERAGING = "mirror_averaging";

    final SettingsModelString m_imageColumn = register(new SettingsModelString(CFG_IMAGE_COLUMN, ""));

    final SettingsModelDoubleBounded m_threshold = register(new SettingsModelDoubleBounded(CFG_THRESHOLD, 0.5, 0, 1));

    final SettingsModelIntegerBounded m_batchSize = register(new SettingsModelIntegerBounded(CFG_BATCH_SIZE, 16, 1, 1024));

    /** Only for models trained on mirrored pictures; off: every picture is predicted only as it is. */
    final SettingsModelBoolean m_mirrorAveraging =
        registerAddedLater(CFG_MIRROR_AVERAGING, new SettingsModelBoolean(CFG_MIRROR_AVERAGING, true));

    @Override
    protected PredictorNodeSettings createEmpty() {
        return new PredictorNodeSettings();
    }
}
