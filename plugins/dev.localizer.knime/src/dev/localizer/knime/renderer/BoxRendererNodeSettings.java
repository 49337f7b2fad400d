package dev.localizer.knime.renderer;

import java.awt.Color;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.render.RenderStyle;
import dev.localizer.knime.shared.TrueAndPredictedColumnsSettings;

/**
 * Settings of the Box Renderer, with the engine's {@link RenderStyle#defaults()}. Colours are hex strings such as
 * {@code #00c83c} rather than colour models, so that a flow variable can set them.
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

    private static final RenderStyle DEFAULTS = RenderStyle.defaults();

    final SettingsModelString m_imageColumn = register(new SettingsModelString(CFG_IMAGE_COLUMN, ""));

    final SettingsModelString m_format = register(new SettingsModelString(CFG_FORMAT, FORMAT_PNG));

    final SettingsModelString m_outputColumn = register(new SettingsModelString(CFG_OUTPUT_COLUMN, "Boxes"));

    final SettingsModelBoolean m_drawPredicted = register(new SettingsModelBoolean(CFG_DRAW_PREDICTED, true));

    final SettingsModelBoolean m_drawTrue = register(new SettingsModelBoolean(CFG_DRAW_TRUE, true));

    final SettingsModelString m_predictedColor = register(new SettingsModelString(CFG_PREDICTED_COLOR,
        RenderStyle.toHex(DEFAULTS.predictedColor())));

    final SettingsModelString m_trueColor = register(new SettingsModelString(CFG_TRUE_COLOR,
        RenderStyle.toHex(DEFAULTS.trueColor())));

    final SettingsModelDoubleBounded m_strokeWidth = register(new SettingsModelDoubleBounded(CFG_STROKE_WIDTH,
        DEFAULTS.strokeWidth(), 0.5, 50));

    final SettingsModelBoolean m_showLabels = register(new SettingsModelBoolean(CFG_SHOW_LABELS, DEFAULTS.labels()));

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
        try {
            return RenderStyle.parseHex(setting.getStringValue(), key.replace('_', ' '));
        } catch (LocalizerException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
