package dev.localizer.knime.shared;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * The settings of one node: every option is a {@link SettingsModel} (so flow variables work), registered here once,
 * so that saving, loading and validating cannot forget one. Subclasses declare each key as a
 * {@code static final String CFG_…} constant; the offline checks read those constants from the source to verify
 * that the example workflows use exactly these keys.
 */
public abstract class NodeSettingsGroup {

    private final List<SettingsModel> m_models = new ArrayList<>();

    protected final <T extends SettingsModel> T register(final T model) {
        m_models.add(model);
        return model;
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : m_models) {
            model.saveSettingsTo(settings);
        }
    }

    public final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : m_models) {
            model.loadSettingsFrom(settings);
        }
    }

    /**
     * Checks each value on its own, then the rules between values (see {@link #checkConsistency()}) on a copy, so
     * that invalid settings never reach the node.
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : m_models) {
            model.validateSettings(settings);
        }
        NodeSettingsGroup probe = createEmpty();
        probe.loadValidatedSettingsFrom(settings);
        probe.checkConsistency();
    }

    /** A fresh instance of the same settings class, with defaults. */
    protected abstract NodeSettingsGroup createEmpty();

    /** Rules that involve more than one value (e.g. a range's minimum not above its maximum). */
    protected void checkConsistency() throws InvalidSettingsException {
    }

    /** The value of an optional column setting, or {@code null} when the user chose none. */
    protected static String optional(final String columnName) {
        return columnName == null || columnName.isBlank() ? null : columnName;
    }

    /** Fails unless {@code value} is one of {@code allowed}; for settings a flow variable may set to anything. */
    protected static void requireOneOf(final String key, final String value, final String... allowed)
        throws InvalidSettingsException {
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return;
            }
        }
        throw new InvalidSettingsException("Unknown " + key.replace('_', ' ') + " \"" + value + "\": use one of "
            + String.join(", ", allowed) + ".");
    }
}
