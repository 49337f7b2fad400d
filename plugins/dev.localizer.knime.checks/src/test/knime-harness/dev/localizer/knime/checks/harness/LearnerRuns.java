package dev.localizer.knime.checks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import dev.localizer.engine.scene.Scene;
import dev.localizer.knime.learner.LearnerNodeFactory;

/**
 * Runs the Learner on the KNIME API stand-ins with its optional in-ports, one epoch at input size 32, as KNIME
 * runs a node: configure with the in-port specs, then execute.
 */
public final class LearnerRuns {

    private LearnerRuns() {
    }

    /** The Learner's two outputs (model port object, history table) for these in-ports (null: not connected). */
    public static PortObject[] train(final List<Scene> training, final List<Scene> validation,
        final PortObject model, final String backbone, final double validationFraction, final Path fileStores)
        throws Exception {
        ExecutionContext exec = Reflection.construct(ExecutionContext.class, fileStores);
        NodeModel learner = learner(backbone, 1, validationFraction);
        PortObject[] inputs = {SceneTables.table(exec, training),
            validation == null ? null : SceneTables.table(exec, validation), model};
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i] == null ? null : inputs[i].getSpec();
        }
        Reflection.call(learner, "configure", (Object)specs);
        return (PortObject[])Reflection.call(learner, "execute", inputs, exec);
    }

    /**
     * The Learner's warning message (null: none) after training on {@code training} with these epochs (0: until the
     * time limit), learning rate and time limit in minutes, the rest as in {@link #train}, a quarter held out.
     */
    public static String warningAfterTraining(final List<Scene> training, final int epochs, final double learningRate,
        final int timeLimitMinutes, final Path fileStores) throws Exception {
        ExecutionContext exec = Reflection.construct(ExecutionContext.class, fileStores);
        NodeModel learner = learner("compact", epochs, 0.25);
        ((SettingsModelIntegerBounded)Reflection.setting(learner, "m_timeLimit")).setIntValue(timeLimitMinutes);
        ((SettingsModelDoubleBounded)Reflection.setting(learner, "m_learningRate")).setDoubleValue(learningRate);
        PortObject[] inputs = {SceneTables.table(exec, training), null, null};
        Reflection.call(learner, "configure", (Object)new PortObjectSpec[]{inputs[0].getSpec(), null, null});
        Reflection.call(learner, "execute", inputs, exec);
        return (String)Reflection.call(learner, "getWarningMessage");
    }

    /** A Learner at input size 32 with these settings, the others at their defaults. */
    private static NodeModel learner(final String backbone, final int epochs, final double validationFraction)
        throws Exception {
        NodeModel learner = new LearnerNodeFactory().createNodeModel();
        ((SettingsModelString)Reflection.setting(learner, "m_backbone")).setStringValue(backbone);
        ((SettingsModelIntegerBounded)Reflection.setting(learner, "m_epochs")).setIntValue(epochs);
        ((SettingsModelIntegerBounded)Reflection.setting(learner, "m_inputSize")).setIntValue(32);
        ((SettingsModelDoubleBounded)Reflection.setting(learner, "m_validationFraction"))
            .setDoubleValue(validationFraction);
        return learner;
    }

    /** The cells of a history table's column as text, "?" for missing ones. */
    public static List<String> column(final BufferedDataTable table, final String name) {
        int index = table.getDataTableSpec().findColumnIndex(name);
        List<String> cells = new ArrayList<>();
        for (DataRow row : table) {
            cells.add(row.getCell(index).isMissing() ? "?" : row.getCell(index).toString());
        }
        return cells;
    }
}
