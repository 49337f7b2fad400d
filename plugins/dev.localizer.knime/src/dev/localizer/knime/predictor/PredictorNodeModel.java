package dev.localizer.knime.predictor;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.append.AppendedColumnRow;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.BooleanCell;
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
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.Prediction;
import dev.localizer.engine.predict.Predictor;
import dev.localizer.knime.port.LocalizerModelPortObject;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ImageCells;
import dev.localizer.knime.shared.LocalizerNodeModel;
import dev.localizer.knime.shared.SceneColumns;
import dev.localizer.knime.shared.TableColumns;

/** Appends the engine's predictions to a table of pictures, one batch of pictures at a time. */
final class PredictorNodeModel extends LocalizerNodeModel<PredictorNodeSettings> {

    private static final int MODEL_PORT = 0;

    private static final int TABLE_PORT = 1;

    PredictorNodeModel() {
        super(new PortType[]{LocalizerModelPortObject.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE}, new PredictorNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec table = (DataTableSpec)inSpecs[TABLE_PORT];
        imageColumn(table);
        return new PortObjectSpec[]{outputSpec(table)};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        LocalizerModelPortObject modelPort = (LocalizerModelPortObject)inObjects[MODEL_PORT];
        BufferedDataTable table = (BufferedDataTable)inObjects[TABLE_PORT];
        DataTableSpec spec = table.getDataTableSpec();
        int image = imageColumn(spec);
        String imageName = spec.getColumnSpec(image).getName();
        int batchSize = m_settings.m_batchSize.getIntValue();
        double threshold = m_settings.m_threshold.getDoubleValue();
        List<String> classNames = modelPort.getSpec().getClassNames();

        exec.setMessage("Loading the model");
        BufferedDataContainer container = exec.createDataContainer(outputSpec(spec));
        try (LocalizerModel model = LocalizerModel.load(modelPort.getModelFile());
                CloseableRowIterator rows = table.iterator()) {
            Predictor predictor = new Predictor(model);
            long total = Math.max(1, table.size());
            long done = 0;
            List<DataRow> batch = new ArrayList<>(batchSize);
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() < batchSize && rows.hasNext()) {
                    continue;
                }
                exec.checkCanceled();
                List<BufferedImage> pictures = new ArrayList<>(batch.size());
                for (DataRow row : batch) {
                    pictures.add(ImageCells.read(row, image, imageName));
                }
                List<Prediction> predictions = predictor.predict(pictures);
                for (int i = 0; i < batch.size(); i++) {
                    container.addRowToTable(
                        new AppendedColumnRow(batch.get(i), cells(predictions.get(i), threshold, classNames)));
                }
                done += batch.size();
                long finished = done;
                exec.setProgress((double)done / total, () -> "Predicted " + finished + " of " + total + " pictures");
                batch.clear();
            }
        } finally {
            container.close();
        }
        return new PortObject[]{container.getTable()};
    }

    /** The appended cells; a one-class model's class is the only class, with probability 1. */
    private static DataCell[] cells(final Prediction prediction, final double threshold,
        final List<String> classNames) {
        Box box = prediction.box();
        String className = prediction.className();
        double classProbability = prediction.classProbability();
        if ((className == null || className.isEmpty()) && classNames.size() == 1) {
            className = classNames.get(0);
            classProbability = 1.0;
        }
        return new DataCell[]{new DoubleCell(box.top()), new DoubleCell(box.left()), new DoubleCell(box.height()),
            new DoubleCell(box.width()), new DoubleCell(prediction.presenceProbability()),
            BooleanCell.BooleanCellFactory.create(prediction.presenceProbability() >= threshold),
            className == null || className.isEmpty() ? DataType.getMissingCell() : new StringCell(className),
            Double.isNaN(classProbability) ? DataType.getMissingCell() : new DoubleCell(classProbability)};
    }

    private int imageColumn(final DataTableSpec spec) throws InvalidSettingsException {
        return TableColumns.resolve(spec, m_settings.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION,
            true, SceneColumns.IMAGE, "Path", "Location", "File");
    }

    private static DataTableSpec outputSpec(final DataTableSpec input) throws InvalidSettingsException {
        TableColumns.requireFreeNames(input, StreamSupport.stream(SceneColumns.PREDICTIONS.spliterator(), false)
            .map(DataColumnSpec::getName).toList(), "Localizer Predictor");
        return new DataTableSpec(input, SceneColumns.PREDICTIONS);
    }
}
