package dev.localizer.knime.checks.harness;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.append.AppendedColumnRow;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.NodeModel;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

import dev.localizer.engine.Prediction;
import dev.localizer.engine.scene.Scene;
import dev.localizer.knime.scorer.ScorerNodeFactory;
import dev.localizer.knime.shared.SceneColumns;

/**
 * Runs the Scorer on the KNIME API stand-ins on a table of scenes with their predictions, as the Predictor
 * appends them, and returns its statistics table and the flow variables it pushed.
 */
public final class ScorerRuns {

    private ScorerRuns() {
    }

    /** Each statistics row by its key: column name → cell text ("?" for missing). */
    public static Map<String, Map<String, String>> statistics(final List<Scene> scenes,
        final List<Prediction> predictions, final Map<String, Double> variables, final Path fileStores)
        throws Exception {
        ExecutionContext exec = Reflection.construct(ExecutionContext.class, fileStores);
        BufferedDataContainer container =
            exec.createDataContainer(new DataTableSpec(SceneColumns.SCENES, SceneColumns.PREDICTIONS));
        for (int i = 0; i < scenes.size(); i++) {
            Prediction prediction = predictions.get(i);
            container.addRowToTable(new AppendedColumnRow(
                new DefaultRow(RowKey.createRowKey((long)i), SceneTables.cells(scenes.get(i))),
                new DoubleCell(prediction.box().top()), new DoubleCell(prediction.box().left()),
                new DoubleCell(prediction.box().height()), new DoubleCell(prediction.box().width()),
                new DoubleCell(prediction.presenceProbability()),
                BooleanCell.BooleanCellFactory.create(prediction.present()),
                new StringCell(prediction.className()), new DoubleCell(prediction.classProbability())));
        }
        container.close();
        BufferedDataTable table = container.getTable();

        NodeModel scorer = new ScorerNodeFactory().createNodeModel();
        PortObjectSpec[] outSpecs =
            (PortObjectSpec[])Reflection.call(scorer, "configure", (Object)new PortObjectSpec[]{table.getSpec()});
        DataTableSpec outSpec = (DataTableSpec)outSpecs[0];
        BufferedDataTable statistics = (BufferedDataTable)((PortObject[])Reflection.call(scorer, "execute",
            new PortObject[]{table}, exec))[0];
        for (String name : variables.keySet()) {
            variables.put(name, scorer.peekFlowVariableDouble(name));
        }
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (DataRow row : statistics) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < row.getNumCells(); i++) {
                DataCell cell = row.getCell(i);
                cells.put(outSpec.getColumnSpec(i).getName(), cell.isMissing() ? "?" : cell.toString());
            }
            rows.put(row.getKey().getString(), cells);
        }
        return rows;
    }
}
