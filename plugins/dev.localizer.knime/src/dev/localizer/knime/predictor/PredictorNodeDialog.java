package dev.localizer.knime.predictor;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

import dev.localizer.knime.shared.ColumnKind;

/** Dialog of the Predictor; labels match the option names of its description. */
final class PredictorNodeDialog extends DefaultNodeSettingsPane {

    /** Port 0 is the model, port 1 the table. */
    private static final int TABLE_PORT = 1;

    PredictorNodeDialog() {
        PredictorNodeSettings settings = new PredictorNodeSettings();
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_imageColumn, "Image column", TABLE_PORT,
            ColumnKind.IMAGE_OR_LOCATION.valueClasses()));
        addDialogComponent(new DialogComponentNumber(settings.m_threshold, "Presence threshold", 0.05));
        addDialogComponent(new DialogComponentNumber(settings.m_batchSize, "Batch size", 4));
        addDialogComponent(new DialogComponentBoolean(settings.m_mirrorAveraging, "Average with the mirror image"));
    }
}
