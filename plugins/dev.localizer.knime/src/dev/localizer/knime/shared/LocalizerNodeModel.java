package dev.localizer.knime.shared;

import java.io.File;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortType;

/**
 * What all Localizer node models share: their settings live in one {@link NodeSettingsGroup}, and they keep no
 * state besides their outputs (nothing to save, load or reset; no UI, so batch execution works).
 */
public abstract class LocalizerNodeModel<S extends NodeSettingsGroup> extends NodeModel {

    protected final S m_settings;

    protected LocalizerNodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes, final S settings) {
        super(inPortTypes, outPortTypes);
        m_settings = settings;
    }

    @Override
    protected final void saveSettingsTo(final NodeSettingsWO settings) {
        m_settings.saveSettingsTo(settings);
    }

    @Override
    protected final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.validateSettings(settings);
    }

    @Override
    protected final void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
        m_settings.loadValidatedSettingsFrom(settings);
    }

    @Override
    protected final void loadInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // outputs only: KNIME restores them itself
    }

    @Override
    protected final void saveInternals(final File nodeInternDir, final ExecutionMonitor exec) {
        // outputs only: KNIME saves them itself
    }

    @Override
    protected void reset() {
        // outputs only: KNIME drops them itself
    }
}
