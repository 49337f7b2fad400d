package dev.localizer.knime.predictor;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
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
import dev.localizer.knime.port.LocalizerModelPortObjectSpec;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ExecutionProgress;
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
        PortObjectSpec model = inSpecs[MODEL_PORT];
        if (model != null && !(model instanceof LocalizerModelPortObjectSpec)) {
            throw new InvalidSettingsException(notALocalizerModel(model.getClass()));
        }
        DataTableSpec table = (DataTableSpec)inSpecs[TABLE_PORT];
        imageColumn(table);
        return new PortObjectSpec[]{outputSpec(table)};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        if (!(inObjects[MODEL_PORT] instanceof LocalizerModelPortObject modelPort)) {
            throw new InvalidSettingsException(notALocalizerModel(inObjects[MODEL_PORT].getClass()));
        }
        BufferedDataTable table = (BufferedDataTable)inObjects[TABLE_PORT];
        DataTableSpec spec = table.getDataTableSpec();
        int image = imageColumn(spec);
        String imageName = spec.getColumnSpec(image).getName();
        int batchSize = m_settings.m_batchSize.getIntValue();

        exec.setMessage("Loading the model");
        Predictor predictor = new Predictor(LocalizerModel.load(modelPort.getModelFile()),
            m_settings.m_threshold.getDoubleValue(), batchSize)
                .withMirrorAveraging(m_settings.m_mirrorAveraging.getBooleanValue());
        BufferedDataContainer container = exec.createDataContainer(outputSpec(spec));
        try (CloseableRowIterator rows = table.iterator()) {
            long total = Math.max(1, table.size());
            long done = 0;
            List<DataRow> batch = new ArrayList<>(batchSize);
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() < batchSize && rows.hasNext()) {
                    continue;
                }
                List<BufferedImage> pictures = new ArrayList<>(batch.size());
                for (DataRow row : batch) {
                    pictures.add(ImageCells.read(row, image, imageName));
                }
                // one engine call per batch: its cancellation check comes from this node's monitor
                List<Prediction> predictions = ExecutionProgress.run(exec.createSilentSubProgress(0),
                    progress -> predictor.predict(pictures, progress));
                for (int i = 0; i < batch.size(); i++) {
                    container.addRowToTable(new AppendedColumnRow(batch.get(i), cells(predictions.get(i))));
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

    private static DataCell[] cells(final Prediction prediction) {
        Box box = prediction.box();
        return new DataCell[]{new DoubleCell(box.top()), new DoubleCell(box.left()), new DoubleCell(box.height()),
            new DoubleCell(box.width()), new DoubleCell(prediction.presenceProbability()),
            BooleanCell.BooleanCellFactory.create(prediction.present()), new StringCell(prediction.className()),
            new DoubleCell(prediction.classProbability())};
    }

    /** A model reader may hand over any kind of model; say which one arrived. */
    private static String notALocalizerModel(final Class<?> arrived) {
        return "The model input holds a " + arrived.getSimpleName() + ", not a Localizer model. Connect the "
            + "VGG16 Localizer Learner, or a Model Reader that reads a model the Learner saved.";
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
