package dev.localizer.knime.predictor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.append.AppendedColumnRow;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;
import org.knime.core.node.streamable.BufferedDataTableRowOutput;
import org.knime.core.node.streamable.DataTableRowInput;
import org.knime.core.node.streamable.InputPortRole;
import org.knime.core.node.streamable.OutputPortRole;
import org.knime.core.node.streamable.PartitionInfo;
import org.knime.core.node.streamable.PortInput;
import org.knime.core.node.streamable.PortObjectInput;
import org.knime.core.node.streamable.PortOutput;
import org.knime.core.node.streamable.RowInput;
import org.knime.core.node.streamable.RowOutput;
import org.knime.core.node.streamable.StreamableOperator;

import dev.localizer.engine.Box;
import dev.localizer.engine.Prediction;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.predict.InputImage;
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

    /** The row count of a streamed input, which is not known ahead. */
    private static final long UNKNOWN_SIZE = -1;

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
        BufferedDataTable table = (BufferedDataTable)inObjects[TABLE_PORT];
        BufferedDataTableRowOutput output =
            new BufferedDataTableRowOutput(exec.createDataContainer(outputSpec(table.getDataTableSpec())));
        predict(inObjects[MODEL_PORT], new DataTableRowInput(table), output, table.size(), exec);
        return new PortObject[]{output.getDataTable()};
    }

    /** The model is needed whole before the first row; the pictures stream through, one batch at a time. */
    @Override
    public InputPortRole[] getInputPortRoles() {
        return new InputPortRole[]{InputPortRole.NONDISTRIBUTED_NONSTREAMABLE, InputPortRole.DISTRIBUTED_STREAMABLE};
    }

    @Override
    public OutputPortRole[] getOutputPortRoles() {
        return new OutputPortRole[]{OutputPortRole.DISTRIBUTED};
    }

    @Override
    public StreamableOperator createStreamableOperator(final PartitionInfo partitionInfo,
        final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return new StreamableOperator() {
            @Override
            public void runFinal(final PortInput[] inputs, final PortOutput[] outputs, final ExecutionContext exec)
                throws Exception {
                predict(((PortObjectInput)inputs[MODEL_PORT]).getPortObject(), (RowInput)inputs[TABLE_PORT],
                    (RowOutput)outputs[0], UNKNOWN_SIZE, exec);
            }
        };
    }

    /**
     * Appends the predictions to each row of {@code rows}, pushed to {@code output} in order; ordinary and streamed
     * execution both run this. {@code total} is the number of rows, or {@link #UNKNOWN_SIZE} when streaming.
     */
    private void predict(final PortObject modelObject, final RowInput rows, final RowOutput output, final long total,
        final ExecutionContext exec) throws Exception {
        if (!(modelObject instanceof LocalizerModelPortObject modelPort)) {
            throw new InvalidSettingsException(notALocalizerModel(modelObject.getClass()));
        }
        DataTableSpec spec = rows.getDataTableSpec();
        int image = imageColumn(spec);
        String imageName = spec.getColumnSpec(image).getName();
        int batchSize = m_settings.m_batchSize.getIntValue();

        exec.setMessage("Loading the model");
        LocalizerModel model = LocalizerModel.load(modelPort.getModelFile());
        Predictor predictor = new Predictor(model, m_settings.m_threshold.getDoubleValue(), batchSize)
            .withMirrorAveraging(m_settings.m_mirrorAveraging.getBooleanValue());
        Resolution resolution = InputImage.resolution(model.inputEncoding());
        List<DataRow> batch = new ArrayList<>(batchSize);
        long done = 0;
        for (DataRow row = rows.poll(); row != null; row = rows.poll()) {
            batch.add(row);
            if (batch.size() == batchSize) {
                done += pushPredictions(predictor, resolution, batch, image, imageName, output, exec);
                reportProgress(exec, done, total);
            }
        }
        if (!batch.isEmpty()) {
            done += pushPredictions(predictor, resolution, batch, image, imageName, output, exec);
            reportProgress(exec, done, total);
        }
        rows.close();
        output.close();
    }

    /**
     * Predicts one batch of rows (one engine call), pushes them with their predictions, and empties the batch; large
     * pictures are decoded subsampled, their boxes still in the pictures' own pixels.
     */
    private static int pushPredictions(final Predictor predictor, final Resolution resolution,
        final List<DataRow> batch, final int image, final String imageName, final RowOutput output,
        final ExecutionContext exec) throws Exception {
        List<DecodedImage> pictures = new ArrayList<>(batch.size());
        for (DataRow row : batch) {
            pictures.add(ImageCells.read(row, image, imageName, resolution));
        }
        // its cancellation check comes from this node's monitor
        List<Prediction> predictions = ExecutionProgress.run(exec.createSilentSubProgress(0),
            progress -> predictor.predict(pictures, picture -> picture, progress));
        for (int i = 0; i < batch.size(); i++) {
            output.push(new AppendedColumnRow(batch.get(i), cells(predictions.get(i))));
        }
        int count = batch.size();
        batch.clear();
        return count;
    }

    private static void reportProgress(final ExecutionContext exec, final long done, final long total) {
        if (total == UNKNOWN_SIZE) {
            exec.setMessage(() -> "Predicted " + done + " pictures");
        } else {
            exec.setProgress((double)done / Math.max(1, total), () -> "Predicted " + done + " of " + total + " pictures");
        }
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
