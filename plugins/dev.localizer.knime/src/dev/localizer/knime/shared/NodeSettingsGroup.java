package dev.localizer.knime.shared;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * The settings of one node: every option is a {@link SettingsModel} (so flow variables work), registered here once,
 * so that saving, loading and validating cannot forget one. Subclasses declare each key as a
 * {@code static final String CFG_…} constant; the offline checks read those constants from the source to verify
 * that the example workflows use exactly these keys. An option added after the first release is registered with
 * {@link #registerAddedLater}, so that workflows saved before it existed still load, with its default.
 */
public abstract class NodeSettingsGroup {

    private final List<SettingsModel> m_models = new ArrayList<>();

    /** The keys of the options added after the first release (KNIME's models do not all tell their key). */
    private final Map<SettingsModel, String> m_addedLaterKeys = new IdentityHashMap<>();

    protected final <T extends SettingsModel> T register(final T model) {
        m_models.add(model);
        return model;
    }

    /**
     * Registers an option that settings saved by an earlier version lack; {@code key} is the one given to the
     * model. Such settings load with the option's default instead of failing.
     */
    protected final <T extends SettingsModel> T registerAddedLater(final String key, final T model) {
        m_addedLaterKeys.put(model, key);
        return register(model);
    }

    public final void saveSettingsTo(final NodeSettingsWO settings) {
        for (SettingsModel model : m_models) {
            model.saveSettingsTo(settings);
        }
    }

    public final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO defaults = null;
        for (SettingsModel model : m_models) {
            if (isAbsent(model, settings)) {
                defaults = defaults == null ? defaults() : defaults;
                model.loadSettingsFrom(defaults);
            } else {
                model.loadSettingsFrom(settings);
            }
        }
    }

    /**
     * Checks each value on its own, then the rules between values (see {@link #checkConsistency()}) on a copy, so
     * that invalid settings never reach the node.
     */
    public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        for (SettingsModel model : m_models) {
            if (!isAbsent(model, settings)) {
                model.validateSettings(settings);
            }
        }
        NodeSettingsGroup probe = createEmpty();
        probe.loadValidatedSettingsFrom(settings);
        probe.checkConsistency();
    }

    /** Whether the settings were saved before this option existed. */
    private boolean isAbsent(final SettingsModel model, final NodeSettingsRO settings) {
        String key = m_addedLaterKeys.get(model);
        return key != null && !settings.containsKey(key);
    }

    private NodeSettingsRO defaults() {
        NodeSettings defaults = new NodeSettings("defaults");
        createEmpty().saveSettingsTo(defaults);
        return defaults;
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
