package dev.localizer.knime.renderer;

import java.awt.Color;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.NodeSettingsGroup;

/**
 * Settings of the Box Renderer. Colours are hex strings such as {@code #00c000} rather than colour models, so
 * that a flow variable can set them.
 */
final class BoxRendererNodeSettings extends NodeSettingsGroup {

    static final String CFG_IMAGE_COLUMN = "image_column";

    static final String CFG_FORMAT = "output_format";

    static final String CFG_OUTPUT_COLUMN = "output_column";

    static final String CFG_DRAW_PREDICTED = "draw_predicted";

    static final String CFG_PREDICTED_TOP = "predicted_top_column";

    static final String CFG_PREDICTED_LEFT = "predicted_left_column";

    static final String CFG_PREDICTED_HEIGHT = "predicted_height_column";

    static final String CFG_PREDICTED_WIDTH = "predicted_width_column";

    static final String CFG_PROBABILITY = "probability_column";

    static final String CFG_PREDICTED_CLASS = "predicted_class_column";

    static final String CFG_DRAW_TRUE = "draw_true";

    static final String CFG_TRUE_TOP = "true_top_column";

    static final String CFG_TRUE_LEFT = "true_left_column";

    static final String CFG_TRUE_HEIGHT = "true_height_column";

    static final String CFG_TRUE_WIDTH = "true_width_column";

    static final String CFG_TRUE_PRESENT = "true_present_column";

    static final String CFG_TRUE_CLASS = "true_class_column";

    static final String CFG_PREDICTED_COLOR = "predicted_color";

    static final String CFG_TRUE_COLOR = "true_color";

    static final String CFG_STROKE_WIDTH = "stroke_width";

    static final String CFG_SHOW_LABELS = "show_labels";

    static final String CFG_THRESHOLD = "presence_threshold";

    static final String FORMAT_PNG = "png";

    static final String FORMAT_SVG = "svg";

    final SettingsModelString m_imageColumn = register(new SettingsModelString(CFG_IMAGE_COLUMN, ""));

    final SettingsModelString m_format = register(new SettingsModelString(CFG_FORMAT, FORMAT_PNG));

    final SettingsModelString m_outputColumn = register(new SettingsModelString(CFG_OUTPUT_COLUMN, "Boxes"));

    final SettingsModelBoolean m_drawPredicted = register(new SettingsModelBoolean(CFG_DRAW_PREDICTED, true));

    final SettingsModelString m_predictedTop = register(new SettingsModelString(CFG_PREDICTED_TOP, ""));

    final SettingsModelString m_predictedLeft = register(new SettingsModelString(CFG_PREDICTED_LEFT, ""));

    final SettingsModelString m_predictedHeight = register(new SettingsModelString(CFG_PREDICTED_HEIGHT, ""));

    final SettingsModelString m_predictedWidth = register(new SettingsModelString(CFG_PREDICTED_WIDTH, ""));

    final SettingsModelString m_probability = register(new SettingsModelString(CFG_PROBABILITY, ""));

    final SettingsModelString m_predictedClass = register(new SettingsModelString(CFG_PREDICTED_CLASS, ""));

    final SettingsModelBoolean m_drawTrue = register(new SettingsModelBoolean(CFG_DRAW_TRUE, true));

    final SettingsModelString m_trueTop = register(new SettingsModelString(CFG_TRUE_TOP, ""));

    final SettingsModelString m_trueLeft = register(new SettingsModelString(CFG_TRUE_LEFT, ""));

    final SettingsModelString m_trueHeight = register(new SettingsModelString(CFG_TRUE_HEIGHT, ""));

    final SettingsModelString m_trueWidth = register(new SettingsModelString(CFG_TRUE_WIDTH, ""));

    final SettingsModelString m_truePresent = register(new SettingsModelString(CFG_TRUE_PRESENT, ""));

    final SettingsModelString m_trueClass = register(new SettingsModelString(CFG_TRUE_CLASS, ""));

    final SettingsModelString m_predictedColor = register(new SettingsModelString(CFG_PREDICTED_COLOR, "#00c000"));

    final SettingsModelString m_trueColor = register(new SettingsModelString(CFG_TRUE_COLOR, "#e00000"));

    final SettingsModelDoubleBounded m_strokeWidth = register(new SettingsModelDoubleBounded(CFG_STROKE_WIDTH, 2, 0.5, 50));

    final SettingsModelBoolean m_showLabels = register(new SettingsModelBoolean(CFG_SHOW_LABELS, true));

    final SettingsModelDoubleBounded m_threshold = register(new SettingsModelDoubleBounded(CFG_THRESHOLD, 0.5, 0, 1));

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
