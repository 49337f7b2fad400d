package dev.localizer.knime.renderer;

import java.awt.Color;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.TrueAndPredictedColumnsSettings;

/**
 * Settings of the Box Renderer. Colours are hex strings such as {@code #00c000} rather than colour models, so
 * that a flow variable can set them.
 */
final class BoxRendererNodeSettings extends TrueAndPredictedColumnsSettings {

    static final String CFG_IMAGE_COLUMN = "image_column";

    static final String CFG_FORMAT = "output_format";

    static final String CFG_OUTPUT_COLUMN = "output_column";

    static final String CFG_DRAW_PREDICTED = "draw_predicted";

    static final String CFG_DRAW_TRUE = "draw_true";

    static final String CFG_PREDICTED_COLOR = "predicted_color";

    static final String CFG_TRUE_COLOR = "true_color";

    static final String CFG_STROKE_WIDTH = "stroke_width";

    static final String CFG_SHOW_LABELS = "show_labels";

    static final String FORMAT_PNG = "png";

    static final String FORMAT_SVG = "svg";

    final SettingsModelString m_imageColumn = register(new SettingsModelString(CFG_IMAGE_COLUMN, ""));

    final SettingsModelString m_format = register(new SettingsModelString(CFG_FORMAT, FORMAT_PNG));

    final SettingsModelString m_outputColumn = register(new SettingsModelString(CFG_OUTPUT_COLUMN, "Boxes"));

    final SettingsModelBoolean m_drawPredicted = register(new SettingsModelBoolean(CFG_DRAW_PREDICTED, true));

    final SettingsModelBoolean m_drawTrue = register(new SettingsModelBoolean(CFG_DRAW_TRUE, true));

    final SettingsModelString m_predictedColor = register(new SettingsModelString(CFG_PREDICTED_COLOR, "#00c000"));

    final SettingsModelString m_trueColor = register(new SettingsModelString(CFG_TRUE_COLOR, "#e00000"));

    final SettingsModelDoubleBounded m_strokeWidth = register(new SettingsModelDoubleBounded(CFG_STROKE_WIDTH, 2, 0.5, 50));

    final SettingsModelBoolean m_showLabels = register(new SettingsModelBoolean(CFG_SHOW_LABELS, true));

    @Override
    protected BoxRendererNodeSettings createEmpty() {
        return new BoxRendererNodeSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        requireOneOf(CFG_FORMAT, m_format.getStringValue(), FORMAT_PNG, FORMAT_SVG);
        color(CFG_PREDICTED_COLOR, m_predictedColor);
        color(CFG_TRUE_COLOR, m_trueColor);
        if (m_outputColumn.getStringValue() == null || m_outputColumn.getStringValue().isBlank()) {
            throw new InvalidSettingsException("The output column needs a name, e.g. \"Boxes\".");
        }
    }

    Color predictedColor() throws InvalidSettingsException {
        return color(CFG_PREDICTED_COLOR, m_predictedColor);
    }

    Color trueColor() throws InvalidSettingsException {
        return color(CFG_TRUE_COLOR, m_trueColor);
    }

    private static Color color(final String key, final SettingsModelString setting) throws InvalidSettingsException {
        String value = setting.getStringValue() == null ? "" : setting.getStringValue().trim();
        if (value.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(value.substring(1), 16));
        }
        throw new InvalidSettingsException("The " + key.replace('_', ' ') + " \"" + value
            + "\" is not a colour: write it as # and six hex digits, e.g. #00c000 for green.");
    }
}
