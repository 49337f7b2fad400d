package dev.localizer.knime.scorer;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import dev.localizer.engine.Box;
import dev.localizer.engine.metrics.GroundTruth;
import dev.localizer.engine.metrics.Metrics;
import dev.localizer.engine.predict.Prediction;
import dev.localizer.knime.shared.BoxColumns;
import dev.localizer.knime.shared.Cells;
import dev.localizer.knime.shared.LocalizerNodeModel;

/** Scores predictions against true labels with the engine's {@link Metrics}. */
final class ScorerNodeModel extends LocalizerNodeModel<ScorerNodeSettings> {

    static final DataTableSpec STATISTICS = new DataTableSpec("Localizer statistics",
        new DataColumnSpecCreator("Statistic", StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Value", DoubleCell.TYPE).createSpec());

    ScorerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE}, new ScorerNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        columns((DataTableSpec)inSpecs[0]);
        return new PortObjectSpec[]{STATISTICS};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        Columns columns = columns(table.getDataTableSpec());
        double threshold = m_settings.m_threshold.getDoubleValue();
        List<GroundTruth> truths = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        long total = Math.max(1, table.size());
        for (DataRow row : table) {
            exec.checkCanceled();
            truths.add(Cells.forRow(row, () -> columns.truth(row)));
            predictions.add(Cells.forRow(row, () -> columns.prediction(row, threshold)));
            exec.setProgress(truths.size() / (double)total);
        }
        Metrics metrics = Metrics.of(truths, predictions);

        BufferedDataContainer container = exec.createDataContainer(STATISTICS);
        add(container, "Mean IoU", metrics.meanIou());
        add(container, "Detection accuracy", metrics.detectionAccuracy());
        add(container, "Precision", metrics.precision());
        add(container, "Recall", metrics.recall());
        add(container, "F1", metrics.f1());
        boolean classesCompared = columns.trueClass() >= 0 && columns.predictedClass() >= 0;
        add(container, "Class accuracy", classesCompared ? metrics.classAccuracy() : Double.NaN);
        add(container, "Rows", metrics.images());
        add(container, "Rows with an object", metrics.withObject());
        add(container, "True positives", metrics.truePositives());
        add(container, "False positives", metrics.falsePositives());
        add(container, "False negatives", metrics.falseNegatives());
        add(container, "True negatives", metrics.images() - metrics.withObject() - metrics.falsePositives());
        container.close();
        return new PortObject[]{container.getTable()};
    }

    private static void add(final BufferedDataContainer container, final String statistic, final double value) {
        DataCell cell = Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
        container.addRowToTable(new DefaultRow(RowKey.createRowKey(container.size()), new StringCell(statistic), cell));
    }

    /** The compared columns; class columns are -1 when absent. */
    private record Columns(BoxColumns trueBox, int truePresent, int trueClass, BoxColumns predictedBox,
        int probability, int predictedClass, DataTableSpec spec) {

        GroundTruth truth(final DataRow row) {
            boolean present = Cells.flag(row, truePresent, name(truePresent));
            return new GroundTruth(present ? trueBox.read(row) : Box.NONE, present,
                present ? Cells.text(row, trueClass, name(trueClass), "") : "");
        }

        /** The row's prediction, judged present from {@code threshold} on. */
        Prediction prediction(final DataRow row, final double threshold) {
            double presence = Cells.number(row, probability, name(probability));
            return new Prediction(predictedBox.read(row), presence, presence >= threshold,
                Cells.text(row, predictedClass, name(predictedClass), ""), Double.NaN);
        }

        private String name(final int column) {
            return column < 0 ? "" : spec.getColumnSpec(column).getName();
        }
    }

    private Columns columns(final DataTableSpec spec) throws InvalidSettingsException {
        ScorerNodeSettings s = m_settings;
        return new Columns(s.trueBox(spec), s.truePresent(spec, true), s.trueClass(spec), s.predictedBox(spec),
            s.probability(spec, true), s.predictedClass(spec), spec);
    }
}
