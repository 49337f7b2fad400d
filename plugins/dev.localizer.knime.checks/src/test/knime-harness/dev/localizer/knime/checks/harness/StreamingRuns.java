package dev.localizer.knime.checks.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;

import dev.localizer.engine.scene.Scene;
import dev.localizer.knime.port.LocalizerModelPortObject;
import dev.localizer.knime.port.LocalizerModelPortObjectSpec;
import dev.localizer.knime.port.LossHistory;
import dev.localizer.knime.predictor.PredictorNodeFactory;
import dev.localizer.knime.renderer.BoxRendererNodeFactory;

/**
 * Runs the Predictor and the Box Renderer on the KNIME API stand-ins twice, as KNIME's ordinary executor does
 * (execute on whole tables) and as its streaming executor does (the streamable operator on row inputs and
 * outputs), and returns the tables as text, one list of cell texts per row, so that a test can compare them.
 * Compiled with the stand-ins and the nodes by NodeClasses; the tests call it by reflection.
 */
public final class StreamingRuns {

    private StreamingRuns() {
    }

    /**
     * "predictor ordinary", "predictor streamed", "renderer ordinary", "renderer streamed" (the Box Renderer on the
     * Predictor's ordinary output), and "roles": each node's input port roles as streamable or not.
     */
    public static Map<String, List<List<String>>> run(final Path modelFile, final List<String> classNames,
        final List<Scene> scenes, final int batchSize, final Path fileStores) throws Exception {
        ExecutionContext exec = Reflection.construct(ExecutionContext.class, fileStores);
        BufferedDataTable table = SceneTables.table(exec, scenes);
        FileStore modelStore = Reflection.construct(FileStore.class, modelFile.toFile());
        LocalizerModelPortObject model = new LocalizerModelPortObject(modelStore,
            new LocalizerModelPortObjectSpec("compact", 32, 32, classNames), Map.of(), LossHistory.NONE);

        NodeModel predictor = new PredictorNodeFactory().createNodeModel();
        ((SettingsModelIntegerBounded)Reflection.setting(predictor, "m_batchSize")).setIntValue(batchSize);
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        BufferedDataTable predicted = (BufferedDataTable)execute(predictor, exec, model, table)[0];
        tables.put("predictor ordinary", text(predicted));
        tables.put("predictor streamed", text(stream(predictor, exec, new PortObject[]{model, table})));

        NodeModel renderer = new BoxRendererNodeFactory().createNodeModel();
        tables.put("renderer ordinary", text((BufferedDataTable)execute(renderer, exec, predicted)[0]));
        tables.put("renderer streamed", text(stream(renderer, exec, new PortObject[]{predicted})));
        tables.put("roles", List.of(roles(predictor), roles(renderer)));
        return tables;
    }

    /** What KNIME's streaming executor does: the node's operator on row inputs, its output into a table. */
    private static BufferedDataTable stream(final NodeModel node, final ExecutionContext exec,
        final PortObject[] inputs) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inputs.length];
        PortInput[] portInputs = new PortInput[inputs.length];
        InputPortRole[] roles = node.getInputPortRoles();
        for (int i = 0; i < inputs.length; i++) {
            specs[i] = inputs[i].getSpec();
            portInputs[i] = roles[i].isStreamable() ? new DataTableRowInput((BufferedDataTable)inputs[i])
                : new PortObjectInput(inputs[i]);
        }
        DataTableSpec outSpec = (DataTableSpec)((PortObjectSpec[])Reflection.call(node, "configure", (Object)specs))[0];
        BufferedDataTableRowOutput output = new BufferedDataTableRowOutput(exec.createDataContainer(outSpec));
        node.createStreamableOperator(new PartitionInfo(0, 1), specs)
            .runFinal(portInputs, new PortOutput[]{output}, exec);
        return output.getDataTable();
    }

    private static PortObject[] execute(final NodeModel node, final ExecutionContext exec, final PortObject... inputs)
        throws Exception {
        PortObjectSpec[] specs = Arrays.stream(inputs).map(PortObject::getSpec).toArray(PortObjectSpec[]::new);
        Reflection.call(node, "configure", (Object)specs);
        return (PortObject[])Reflection.call(node, "execute", inputs, exec);
    }

    private static List<String> roles(final NodeModel node) {
        return Arrays.stream(node.getInputPortRoles()).map(role -> role.isStreamable() ? "streamable" : "whole")
            .toList();
    }

    /** Each row as its key and cell texts; a PNG cell as its size and a hash of its bytes. */
    private static List<List<String>> text(final BufferedDataTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (DataRow row : table) {
            List<String> cells = new ArrayList<>();
            cells.add(row.getKey().getString());
            for (DataCell cell : row) {
                cells.add(cell instanceof PNGImageValue png
                    ? "PNG " + png.getImageContent().getByteArrayReference().length + " bytes #"
                        + Arrays.hashCode(png.getImageContent().getByteArrayReference())
                    : cell.toString());
            }
            rows.add(cells);
        }
        return rows;
    }
}
