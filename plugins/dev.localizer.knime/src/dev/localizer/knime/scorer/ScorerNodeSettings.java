package dev.localizer.knime.scorer;

import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.knime.shared.NodeSettingsGroup;

/** Settings of the Scorer: the true and predicted columns to compare, and the presence threshold. */
final class ScorerNodeSettings extends NodeSettingsGroup {

    static final String CFG_TRUE_TOP = "true_top_column";

    static final String CFG_TRUE_LEFT = "true_left_column";

    static final String CFG_TRUE_HEIGHT = "true_height_column";

    static final String CFG_TRUE_WIDTH = "true_width_column";

    static final String CFG_TRUE_PRESENT = "true_present_column";

    static final String CFG_TRUE_CLASS = "true_class_column";

    static final String CFG_PREDICTED_TOP = "predicted_top_column";

    static final String CFG_PREDICTED_LEFT = "predicted_left_column";

    static final String CFG_PREDICTED_HEIGHT = "predicted_height_column";

    static final String CFG_PREDICTED_WIDTH = "predicted_width_column";

    static final String CFG_PROBABILITY = "probability_column";

    static final String CFG_PREDICTED_CLASS = "predicted_class_column";

    static final String CFG_THRESHOLD = "presence_threshold";

    final SettingsModelString m_trueTop = register(new SettingsModelString(CFG_TRUE_TOP, ""));

    final SettingsModelString m_trueLeft = register(new SettingsModelString(CFG_TRUE_LEFT, ""));

    final SettingsModelString m_trueHeight = register(new SettingsModelString(CFG_TRUE_HEIGHT, ""));

    final SettingsModelString m_trueWidth = register(new SettingsModelString(CFG_TRUE_WIDTH, ""));

    final SettingsModelString m_truePresent = register(new SettingsModelString(CFG_TRUE_PRESENT, ""));

    final SettingsModelString m_trueClass = register(new SettingsModelString(CFG_TRUE_CLASS, ""));

    final SettingsModelString m_predictedTop = register(new SettingsModelString(CFG_PREDICTED_TOP, ""));

    final SettingsModelString m_predictedLeft = register(new SettingsModelString(CFG_PREDICTED_LEFT, ""));

    final SettingsModelString m_predictedHeight = register(new SettingsModelString(CFG_PREDICTED_HEIGHT, ""));

    final SettingsModelString m_predictedWidth = register(new SettingsModelString(CFG_PREDICTED_WIDTH, ""));

    final SettingsModelString m_probability = register(new SettingsModelString(CFG_PROBABILITY, ""));

    final SettingsModelString m_predictedClass = register(new SettingsModelString(CFG_PREDICTED_CLASS, ""));

    final SettingsModelDoubleBounded m_threshold = register(new SettingsModelDoubleBounded(CFG_THRESHOLD, 0.5, 0, 1));

    @Override
    protected ScorerNodeSettings createEmpty() {
        return new ScorerNodeSettings();
    }
}
