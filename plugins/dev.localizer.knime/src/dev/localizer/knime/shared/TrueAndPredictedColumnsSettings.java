package dev.localizer.knime.shared;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Settings of a node that reads true boxes next to predicted ones, with a presence threshold (the Box Renderer,
 * the Scorer): the same keys in both, so a workflow can hand them the same choices. An empty column setting picks
 * the column the Scene Generator or the Predictor writes.
 */
public abstract class TrueAndPredictedColumnsSettings extends NodeSettingsGroup {

    protected static final String CFG_TRUE_TOP = "true_top_column";

    protected static final String CFG_TRUE_LEFT = "true_left_column";

    protected static final String CFG_TRUE_HEIGHT = "true_height_column";

    protected static final String CFG_TRUE_WIDTH = "true_width_column";

    protected static final String CFG_TRUE_PRESENT = "true_present_column";

    protected static final String CFG_TRUE_CLASS = "true_class_column";

    protected static final String CFG_PREDICTED_TOP = "predicted_top_column";

    protected static final String CFG_PREDICTED_LEFT = "predicted_left_column";

    protected static final String CFG_PREDICTED_HEIGHT = "predicted_height_column";

    protected static final String CFG_PREDICTED_WIDTH = "predicted_width_column";

    protected static final String CFG_PROBABILITY = "probability_column";

    protected static final String CFG_PREDICTED_CLASS = "predicted_class_column";

    protected static final String CFG_THRESHOLD = "presence_threshold";

    public final SettingsModelString m_trueTop = register(new SettingsModelString(CFG_TRUE_TOP, ""));

    public final SettingsModelString m_trueLeft = register(new SettingsModelString(CFG_TRUE_LEFT, ""));

    public final SettingsModelString m_trueHeight = register(new SettingsModelString(CFG_TRUE_HEIGHT, ""));

    public final SettingsModelString m_trueWidth = register(new SettingsModelString(CFG_TRUE_WIDTH, ""));

    public final SettingsModelString m_truePresent = register(new SettingsModelString(CFG_TRUE_PRESENT, ""));

    public final SettingsModelString m_trueClass = register(new SettingsModelString(CFG_TRUE_CLASS, ""));

    public final SettingsModelString m_predictedTop = register(new SettingsModelString(CFG_PREDICTED_TOP, ""));

    public final SettingsModelString m_predictedLeft = register(new SettingsModelString(CFG_PREDICTED_LEFT, ""));

    public final SettingsModelString m_predictedHeight = register(new SettingsModelString(CFG_PREDICTED_HEIGHT, ""));

    public final SettingsModelString m_predictedWidth = register(new SettingsModelString(CFG_PREDICTED_WIDTH, ""));

    public final SettingsModelString m_probability = register(new SettingsModelString(CFG_PROBABILITY, ""));

    public final SettingsModelString m_predictedClass = register(new SettingsModelString(CFG_PREDICTED_CLASS, ""));

    /** A presence probability at or above it counts as "present". */
    public final SettingsModelDoubleBounded m_threshold =
        register(new SettingsModelDoubleBounded(CFG_THRESHOLD, 0.5, 0, 1));

    /** The true box columns; by default Top, Left, Height and Width. */
    public final BoxColumns trueBox(final DataTableSpec spec) throws InvalidSettingsException {
        return BoxColumns.resolve(spec, m_trueTop, m_trueLeft, m_trueHeight, m_trueWidth, "True", "");
    }

    /** The predicted box columns; by default Predicted Top, Predicted Left, and so on. */
    public final BoxColumns predictedBox(final DataTableSpec spec) throws InvalidSettingsException {
        return BoxColumns.resolve(spec, m_predictedTop, m_predictedLeft, m_predictedHeight, m_predictedWidth,
            "Predicted", SceneColumns.PREDICTED);
    }

    /** The true present column, or -1 when it is optional and neither chosen nor found. */
    public final int truePresent(final DataTableSpec spec, final boolean required) throws InvalidSettingsException {
        return column(spec, m_truePresent, "True present column", ColumnKind.PRESENCE, required, SceneColumns.PRESENT);
    }

    /** The presence probability column, or -1 when it is optional and neither chosen nor found. */
    public final int probability(final DataTableSpec spec, final boolean required) throws InvalidSettingsException {
        return column(spec, m_probability, "Presence probability column", ColumnKind.NUMBER, required,
            SceneColumns.PRESENCE_PROBABILITY);
    }

    /** The true class column, or -1 when none is chosen nor found. */
    public final int trueClass(final DataTableSpec spec) throws InvalidSettingsException {
        return TableColumns.resolveOptional(spec, m_trueClass, "True class column", ColumnKind.TEXT,
            SceneColumns.CLASS);
    }

    /** The predicted class column, or -1 when none is chosen nor found. */
    public final int predictedClass(final DataTableSpec spec) throws InvalidSettingsException {
        return TableColumns.resolveOptional(spec, m_predictedClass, "Predicted class column", ColumnKind.TEXT,
            SceneColumns.PREDICTED_CLASS);
    }

    private static int column(final DataTableSpec spec, final SettingsModelString setting, final String label,
        final ColumnKind kind, final boolean required, final String defaultName) throws InvalidSettingsException {
        return required ? TableColumns.resolve(spec, setting, label, kind, false, defaultName)
            : TableColumns.resolveOptional(spec, setting, label, kind, defaultName);
    }
}
