package dev.localizer.knime.renderer;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.ColumnKind;

/** Dialog of the Box Renderer; labels match the option names of its description. */
final class BoxRendererNodeDialog extends DefaultNodeSettingsPane {

    BoxRendererNodeDialog() {
        BoxRendererNodeSettings settings = new BoxRendererNodeSettings();
        setDefaultTabTitle("Output");
        addDialogComponent(new DialogComponentColumnNameSelection(settings.m_imageColumn, "Image column", 0,
            ColumnKind.IMAGE_OR_LOCATION.valueClasses()));
        addDialogComponent(new DialogComponentStringSelection(settings.m_format, "Output format",
            BoxRendererNodeSettings.FORMAT_PNG, BoxRendererNodeSettings.FORMAT_SVG));
        addDialogComponent(new DialogComponentString(settings.m_outputColumn, "Output column"));
        addDialogComponent(new DialogComponentString(settings.m_predictedColor, "Predicted box colour"));
        addDialogComponent(new DialogComponentString(settings.m_trueColor, "True box colour"));
        addDialogComponent(new DialogComponentNumber(settings.m_strokeWidth, "Stroke width", 0.5));
        addDialogComponent(new DialogComponentBoolean(settings.m_showLabels, "Show labels"));
        addDialogComponent(new DialogComponentNumber(settings.m_threshold, "Presence threshold", 0.05));

        createNewTab("Predicted boxes");
        addDialogComponent(new DialogComponentBoolean(settings.m_drawPredicted, "Draw predicted boxes"));
        addColumn(settings.m_predictedTop, "Predicted top column", ColumnKind.NUMBER);
        addColumn(settings.m_predictedLeft, "Predicted left column", ColumnKind.NUMBER);
        addColumn(settings.m_predictedHeight, "Predicted height column", ColumnKind.NUMBER);
        addColumn(settings.m_predictedWidth, "Predicted width column", ColumnKind.NUMBER);
        addColumn(settings.m_probability, "Presence probability column", ColumnKind.NUMBER);
        addColumn(settings.m_predictedClass, "Predicted class column", ColumnKind.TEXT);

        createNewTab("True boxes");
        addDialogComponent(new DialogComponentBoolean(settings.m_drawTrue, "Draw true boxes"));
        addColumn(settings.m_trueTop, "True top column", ColumnKind.NUMBER);
        addColumn(settings.m_trueLeft, "True left column", ColumnKind.NUMBER);
        addColumn(settings.m_trueHeight, "True height column", ColumnKind.NUMBER);
        addColumn(settings.m_trueWidth, "True width column", ColumnKind.NUMBER);
        addColumn(settings.m_truePresent, "True present column", ColumnKind.PRESENCE);
        addColumn(settings.m_trueClass, "True class column", ColumnKind.TEXT);
    }

    /** Box columns may be absent when only the other kind of box is drawn, so each offers "none". */
    private void addColumn(final SettingsModelString setting, final String label, final ColumnKind kind) {
        addDialogComponent(new DialogComponentColumnNameSelection(setting, label, 0, false, true, kind.valueClasses()));
    }
}
