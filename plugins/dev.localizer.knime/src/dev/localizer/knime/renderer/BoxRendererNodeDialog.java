package dev.localizer.knime.renderer;

import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ColumnsDialog;

/** Dialog of the Box Renderer; labels match the option names of its description. */
final class BoxRendererNodeDialog extends ColumnsDialog {

    BoxRendererNodeDialog() {
        BoxRendererNodeSettings settings = new BoxRendererNodeSettings();
        setDefaultTabTitle("Output");
        addColumn(settings.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION, true);
        addDialogComponent(new DialogComponentStringSelection(settings.m_format, "Output format",
            BoxRendererNodeSettings.FORMAT_PNG, BoxRendererNodeSettings.FORMAT_SVG));
        addDialogComponent(new DialogComponentString(settings.m_outputColumn, "Output column"));
        addDialogComponent(new DialogComponentString(settings.m_predictedColor, "Predicted box colour"));
        addDialogComponent(new DialogComponentString(settings.m_trueColor, "True box colour"));
        addDialogComponent(new DialogComponentNumber(settings.m_strokeWidth, "Stroke width", 0.5));
        addDialogComponent(new DialogComponentBoolean(settings.m_showLabels, "Show labels"));
        addDialogComponent(new DialogComponentNumber(settings.m_threshold, "Presence threshold", 0.05));

        // Box columns may be absent when only the other kind of box is drawn, so each offers "none".
        createNewTab("Predicted boxes");
        addDialogComponent(new DialogComponentBoolean(settings.m_drawPredicted, "Draw predicted boxes"));
        addPredictedColumns(settings, false);

        createNewTab("True boxes");
        addDialogComponent(new DialogComponentBoolean(settings.m_drawTrue, "Draw true boxes"));
        addTrueColumns(settings, false);
    }
}
