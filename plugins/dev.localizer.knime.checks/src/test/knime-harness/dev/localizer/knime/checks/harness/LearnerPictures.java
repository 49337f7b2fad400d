package dev.localizer.knime.checks.harness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.PortObject;

import dev.localizer.engine.scene.Scene;
import dev.localizer.knime.learner.LearnerNodeFactory;

/** What the Learner keeps of a table's pictures before it trains a new model (no model connected). */
public final class LearnerPictures {

    private LearnerPictures() {
    }

    /** The scenes the Learner reads from a table of these scenes (PNG cells), set to train at that input size. */
    @SuppressWarnings("unchecked")
    public static List<Scene> kept(final List<Scene> scenes, final int inputSize, final Path fileStores)
        throws Exception {
        ExecutionContext exec = Reflection.construct(ExecutionContext.class, fileStores);
        NodeModel learner = new LearnerNodeFactory().createNodeModel();
        ((SettingsModelIntegerBounded)Reflection.setting(learner, "m_inputSize")).setIntValue(inputSize);
        BufferedDataTable table = SceneTables.table(exec, scenes);
        Object columns = Reflection.call(learner, "columns", table.getDataTableSpec());
        Object config = Reflection.call(Reflection.settings(learner), "toTrainingConfig");
        Object resolution = staticMethod(learner, "pictureResolution", 2).invoke(null, (PortObject)null, config);
        Method read = staticMethod(learner, "readScenes", 4);
        try {
            return (List<Scene>)read.invoke(null, table, columns, resolution, exec);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Method staticMethod(final NodeModel learner, final String name, final int arity)
        throws NoSuchMethodException {
        for (Method method : learner.getClass().getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arity) {
                method.setAccessible(true);
                return method;
            }
        }
        throw new NoSuchMethodException(learner.getClass().getName() + "." + name);
    }
}
