package dev.localizer.knime.scorer;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.ColumnKind;

/** Dialog of the Scorer; labels match the option names of its description. */
final class ScorerNodeDialog extends DefaultNodeSettingsPane {

    ScorerNodeDialog() {
        ScorerNodeSettings settings = new ScorerNodeSettings();
        setDefaultTabTitle("True values");
        addColumn(settings.m_trueTop, "True top column", ColumnKind.NUMBER, true);
        addColumn(settings.m_trueLeft, "True left column", ColumnKind.NUMBER, true);
        addColumn(settings.m_trueHeight, "True height column", ColumnKind.NUMBER, true);
        addColumn(settings.m_trueWidth, "True width column", ColumnKind.NUMBER, true);
        addColumn(settings.m_truePresent, "True present column", ColumnKind.PRESENCE, true);
        addColumn(settings.m_trueClass, "True class column", ColumnKind.TEXT, false);

        createNewTab("Predicted values");
        addColumn(settings.m_predictedTop, "Predicted top column", ColumnKind.NUMBER, true);
        addColumn(settings.m_predictedLeft, "Predicted left column", ColumnKind.NUMBER, true);
        addColumn(settings.m_predictedHeight, "Predicted height column", ColumnKind.NUMBER, true);
        addColumn(settings.m_predictedWidth, "Predicted width column", ColumnKind.NUMBER, true);
        addColumn(settings.m_probability, "Presence probability column", ColumnKind.NUMBER, true);
        addColumn(settings.m_predictedClass, "Predicted class column", ColumnKind.TEXT, false);
        addDialogComponent(new DialogComponentNumber(settings.m_threshold, "Presence threshold", 0.05));
    }

    private void addColumn(final SettingsModelString setting, final String label, final ColumnKind kind,
        final boolean required) {
        addDialogComponent(
            new DialogComponentColumnNameSelection(setting, label, 0, required, !required, kind.valueClasses()));
    }
}
