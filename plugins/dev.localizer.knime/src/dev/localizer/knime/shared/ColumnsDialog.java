package dev.localizer.knime.shared;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** A node dialog that picks columns of the table at the first input port, offering only columns of a fitting kind. */
public abstract class ColumnsDialog extends DefaultNodeSettingsPane {

    /** A required column must be picked; an optional one also offers "none". */
    protected final void addColumn(final SettingsModelString setting, final String label, final ColumnKind kind,
        final boolean required) {
        addDialogComponent(
            new DialogComponentColumnNameSelection(setting, label, 0, required, !required, kind.valueClasses()));
    }

    /** True top, left, height, width and present columns ({@code required} or not) and the optional class column. */
    protected final void addTrueColumns(final TrueAndPredictedColumnsSettings settings, final boolean required) {
        addColumn(settings.m_trueTop, "True top column", ColumnKind.NUMBER, required);
        addColumn(settings.m_trueLeft, "True left column", ColumnKind.NUMBER, required);
        addColumn(settings.m_trueHeight, "True height column", ColumnKind.NUMBER, required);
        addColumn(settings.m_trueWidth, "True width column", ColumnKind.NUMBER, required);
        addColumn(settings.m_truePresent, "True present column", ColumnKind.PRESENCE, required);
        addColumn(settings.m_trueClass, "True class column", ColumnKind.TEXT, false);
    }

    /** Predicted box and probability columns ({@code required} or not) and the optional predicted class column. */
    protected final void addPredictedColumns(final TrueAndPredictedColumnsSettings settings, final boolean required) {
        addColumn(settings.m_predictedTop, "Predicted top column", ColumnKind.NUMBER, required);
        addColumn(settings.m_predictedLeft, "Predicted left column", ColumnKind.NUMBER, required);
        addColumn(settings.m_predictedHeight, "Predicted height column", ColumnKind.NUMBER, required);
        addColumn(settings.m_predictedWidth, "Predicted width column", ColumnKind.NUMBER, required);
        addColumn(settings.m_probability, "Presence probability column", ColumnKind.NUMBER, required);
        addColumn(settings.m_predictedClass, "Predicted class column", ColumnKind.TEXT, false);
    }
}
