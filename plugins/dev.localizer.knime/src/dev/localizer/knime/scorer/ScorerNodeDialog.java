package dev.localizer.knime.scorer;

import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ColumnsDialog;

/** Dialog of the Scorer; labels match the option names of its description. */
final class ScorerNodeDialog extends ColumnsDialog {

    ScorerNodeDialog() {
        ScorerNodeSettings settings = new ScorerNodeSettings();
        setDefaultTabTitle("True values");
        addTrueColumns(settings, true);

        createNewTab("Predicted values");
        addPredictedColumns(settings, true);
        addDialogComponent(new DialogComponentNumber(settings.m_threshold, "Presence threshold", 0.05));

        createNewTab("Reference loss");
        addColumn(settings.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION, false);
    }
}
