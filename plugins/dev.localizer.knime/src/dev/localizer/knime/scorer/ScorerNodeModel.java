package dev.localizer.knime.scorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import dev.localizer.engine.Box;
import dev.localizer.engine.Label;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.metrics.Evaluation;
import dev.localizer.engine.metrics.Metrics;
import dev.localizer.knime.shared.BoxColumns;
import dev.localizer.knime.shared.Cells;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ImageCells;
import dev.localizer.knime.shared.LocalizerNodeModel;
import dev.localizer.knime.shared.SceneColumns;
import dev.localizer.knime.shared.TableColumns;

/**
 * Scores predictions against true labels with the engine's {@link Evaluation}: one row for all pictures and one per
 * true class, and the headline scores as flow variables.
 */
final class ScorerNodeModel extends LocalizerNodeModel<ScorerNodeSettings> {

    /** The flow variables the Scorer pushes, e.g. for a Parameter Optimization Loop End to maximize. */
    static final String VARIABLE_MEAN_IOU = "localizer_mean_iou";

    static final String VARIABLE_CORLOC = "localizer_corloc";

    static final String VARIABLE_AP50 = "localizer_ap50";

    static final String VARIABLE_DETECTION_ACCURACY = "localizer_detection_accuracy";

    static final String VARIABLE_F1 = "localizer_f1";

    static final String VARIABLE_REFERENCE_LOSS = "localizer_reference_loss";

    static final DataTableSpec STATISTICS = new DataTableSpec("Localizer statistics",
        column("Class", StringCell.TYPE), column("Mean IoU", DoubleCell.TYPE), column("CorLoc", DoubleCell.TYPE),
        column("AP@0.5", DoubleCell.TYPE), column("Detection accuracy", DoubleCell.TYPE),
        column("Precision", DoubleCell.TYPE), column("Recall", DoubleCell.TYPE), column("F1", DoubleCell.TYPE),
        column("Class accuracy", DoubleCell.TYPE), column("Reference loss", DoubleCell.TYPE),
        column("Loss floor", DoubleCell.TYPE), column("Rows", IntCell.TYPE), column("Rows with an object", IntCell.TYPE),
        column("True positives", IntCell.TYPE), column("False positives", IntCell.TYPE),
        column("False negatives", IntCell.TYPE), column("True negatives", IntCell.TYPE));

    ScorerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE}, new PortType[]{BufferedDataTable.TYPE}, new ScorerNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        columns((DataTableSpec)inSpecs[0]);
        pushScores(Evaluation.of(List.of(), List.of()));
        return new PortObjectSpec[]{STATISTICS};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[0];
        Columns columns = columns(table.getDataTableSpec());
        double threshold = m_settings.m_threshold.getDoubleValue();
        List<Label> truths = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        List<int[]> sizes = columns.image() >= 0 ? new ArrayList<>() : null;
        long total = Math.max(1, table.size());
        for (DataRow row : table) {
            exec.checkCanceled();
            truths.add(Cells.forRow(row, () -> columns.truth(row)));
            predictions.add(Cells.forRow(row, () -> columns.prediction(row, threshold)));
            if (sizes != null) {
                // only the size is needed: the fewest pixels that still tell it
                DecodedImage image =
                    ImageCells.read(row, columns.image(), columns.name(columns.image()), Resolution.atLeast(1, 1));
                sizes.add(new int[]{image.width(), image.height()});
            }
            exec.setProgress(truths.size() / (double)total);
        }
        Evaluation evaluation = evaluate(truths, predictions, sizes);
        pushScores(evaluation);

        boolean classesCompared = columns.trueClass() >= 0 && columns.predictedClass() >= 0;
        BufferedDataContainer container = exec.createDataContainer(STATISTICS);
        add(container, "Overall", "", evaluation.overall(), classesCompared, evaluation.referenceLoss(),
            evaluation.lossFloor());
        if (classesCompared) {
            for (Map.Entry<String, Evaluation.Scores> byClass : evaluation.byClass().entrySet()) {
                add(container, "Class " + byClass.getKey(), byClass.getKey(), byClass.getValue(), true, Double.NaN,
                    Double.NaN);
            }
        }
        container.close();
        return new PortObject[]{container.getTable()};
    }

    /**
     * The evaluation, with the reference loss when the pictures' sizes are known and the table gives what the loss
     * needs: it holds only the predicted class's probability, so predictions of several classes have no loss.
     */
    private Evaluation evaluate(final List<Label> truths, final List<Prediction> predictions,
        final List<int[]> sizes) {
        if (sizes != null && !Evaluation.lossIsDefined(predictions)) {
            setWarningMessage("No reference loss: the predictions are of "
                + predictions.stream().map(Prediction::className).distinct().count()
                + " classes, and the loss needs every class's probability, which the table does not have.");
        }
        return Evaluation.of(truths, predictions, sizes, LossWeights.DEFAULT);
    }

    private void pushScores(final Evaluation evaluation) {
        Evaluation.Scores overall = evaluation.overall();
        pushFlowVariableDouble(VARIABLE_MEAN_IOU, overall.metrics().meanIou());
        pushFlowVariableDouble(VARIABLE_CORLOC, overall.corLoc());
        pushFlowVariableDouble(VARIABLE_AP50, overall.averagePrecision());
        pushFlowVariableDouble(VARIABLE_DETECTION_ACCURACY, overall.metrics().detectionAccuracy());
        pushFlowVariableDouble(VARIABLE_F1, overall.metrics().f1());
        pushFlowVariableDouble(VARIABLE_REFERENCE_LOSS, evaluation.referenceLoss());
    }

    private static void add(final BufferedDataContainer container, final String key, final String className,
        final Evaluation.Scores scores, final boolean classesCompared, final double referenceLoss,
        final double lossFloor) {
        Metrics metrics = scores.metrics();
        container.addRowToTable(new DefaultRow(new RowKey(key),
            className.isEmpty() ? DataType.getMissingCell() : new StringCell(className), number(metrics.meanIou()),
            number(scores.corLoc()), number(scores.averagePrecision()), number(metrics.detectionAccuracy()),
            number(metrics.precision()), number(metrics.recall()), number(metrics.f1()),
            number(classesCompared ? metrics.classAccuracy() : Double.NaN), number(referenceLoss), number(lossFloor),
            new IntCell(metrics.images()), new IntCell(metrics.withObject()), new IntCell(metrics.truePositives()),
            new IntCell(metrics.falsePositives()), new IntCell(metrics.falseNegatives()),
            new IntCell(metrics.images() - metrics.withObject() - metrics.falsePositives())));
    }

    private static DataCell number(final double value) {
        return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
    }

    private static DataColumnSpec column(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    /** The compared columns; class and image columns are -1 when absent. */
    private record Columns(BoxColumns trueBox, int truePresent, int trueClass, BoxColumns predictedBox,
        int probability, int predictedClass, int image, DataTableSpec spec) {

        Label truth(final DataRow row) {
            boolean present = Cells.flag(row, truePresent, name(truePresent));
            return new Label(present ? trueBox.read(row) : Box.NONE, present,
                present ? Cells.text(row, trueClass, name(trueClass), "") : "");
        }

        /** The row's prediction, judged present from {@code threshold} on. */
        Prediction prediction(final DataRow row, final double threshold) {
            double presence = Cells.number(row, probability, name(probability));
            return Prediction.of(predictedBox.read(row), presence, presence >= threshold,
                Cells.text(row, predictedClass, name(predictedClass), ""), Double.NaN);
        }

        String name(final int column) {
            return column < 0 ? "" : spec.getColumnSpec(column).getName();
        }
    }

    private Columns columns(final DataTableSpec spec) throws InvalidSettingsException {
        ScorerNodeSettings s = m_settings;
        int image = TableColumns.resolveOptional(spec, s.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION,
            SceneColumns.IMAGE);
        return new Columns(s.trueBox(spec), s.truePresent(spec, true), s.trueClass(spec), s.predictedBox(spec),
            s.probability(spec, true), s.predictedClass(spec), image, spec);
    }
}
