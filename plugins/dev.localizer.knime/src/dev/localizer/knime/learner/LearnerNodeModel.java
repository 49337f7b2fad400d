package dev.localizer.knime.learner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomain;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

import dev.localizer.engine.Box;
import dev.localizer.engine.ClassNames;
import dev.localizer.engine.Label;
import dev.localizer.engine.image.DecodedImage;
import dev.localizer.engine.image.ImageDecoder.Resolution;
import dev.localizer.engine.io.Staging;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.model.ModelManifest;
import dev.localizer.engine.model.TrainingSummary;
import dev.localizer.engine.scene.Scene;
import dev.localizer.engine.scene.SceneGenerator;
import dev.localizer.engine.train.EpochRecord;
import dev.localizer.engine.train.Trainer;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.engine.train.TrainingData;
import dev.localizer.engine.train.TrainingResult;
import dev.localizer.knime.port.LocalizerModelPortObject;
import dev.localizer.knime.port.LocalizerModelPortObjectSpec;
import dev.localizer.knime.port.LossHistory;
import dev.localizer.knime.shared.BoxColumns;
import dev.localizer.knime.shared.Cells;
import dev.localizer.knime.shared.ColumnKind;
import dev.localizer.knime.shared.ExecutionProgress;
import dev.localizer.knime.shared.ImageCells;
import dev.localizer.knime.shared.LocalizerNodeModel;
import dev.localizer.knime.shared.SceneColumns;
import dev.localizer.knime.shared.TableColumns;

/** Trains a localizer with the engine's {@link Trainer} on the labelled pictures of the input table. */
final class LearnerNodeModel extends LocalizerNodeModel<LearnerNodeSettings> {

    /** The class of every object when the table has no class column. */
    private static final String SINGLE_CLASS = "object";

    /** Share of the progress bar for reading the pictures; training takes the rest. */
    private static final double READING_SHARE = 0.1;

    static final DataTableSpec HISTORY = new DataTableSpec("Training history",
        new DataColumnSpecCreator("Epoch", IntCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Loss", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Validation Loss", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Detection Accuracy", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Mean IoU", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Class Accuracy", DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator("Seconds", DoubleCell.TYPE).createSpec());

    private static final int TRAINING_PORT = 0;

    /** Optional: pictures to validate on instead of a share of the training pictures. */
    private static final int VALIDATION_PORT = 1;

    /** Optional: a model trained before, to train further instead of a new one. */
    private static final int MODEL_PORT = 2;

    LearnerNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL,
            LocalizerModelPortObject.TYPE_OPTIONAL},
            new PortType[]{LocalizerModelPortObject.TYPE, BufferedDataTable.TYPE}, new LearnerNodeSettings());
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        DataTableSpec spec = (DataTableSpec)inSpecs[TRAINING_PORT];
        Columns columns = columns(spec);
        if (inSpecs[VALIDATION_PORT] instanceof DataTableSpec validation) {
            columns(validation);
        }
        TrainingConfig config = m_settings.toTrainingConfig();
        if (inSpecs[MODEL_PORT] instanceof LocalizerModelPortObjectSpec start) {
            requireBackboneOf(start, config);
            return new PortObjectSpec[]{start, HISTORY};
        }
        List<String> classes = columns.className() < 0 ? List.of(SINGLE_CLASS) : domainClasses(spec, columns.className());
        return new PortObjectSpec[]{
            new LocalizerModelPortObjectSpec(config.backbone().settingName(), config.inputSize(), config.inputSize(),
                classes),
            HISTORY};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = (BufferedDataTable)inObjects[TRAINING_PORT];
        BufferedDataTable validationTable = (BufferedDataTable)inObjects[VALIDATION_PORT];
        double readingShare = validationTable == null ? READING_SHARE : READING_SHARE / 2;
        TrainingConfig config = m_settings.toTrainingConfig();
        Resolution pictures = pictureResolution(inObjects[MODEL_PORT], config);
        List<Scene> scenes = readScenes(table, columns(table.getDataTableSpec()), pictures,
            exec.createSubExecutionContext(readingShare));
        TrainingData data = TrainingData.of(scenes);
        if (validationTable != null) {
            data = TrainingData.of(scenes, readScenes(validationTable, columns(validationTable.getDataTableSpec()),
                pictures, exec.createSubExecutionContext(readingShare)));
        }

        List<String> warnings = new ArrayList<>();
        if (m_settings.weightsFile() != null && config.backbone() != Backbone.VGG16) {
            warnings.add("The weights file is only used by the vgg16 backbone; the " + config.backbone()
                + " backbone trains from scratch.");
        }
        TrainingData trainingData = data;
        TrainingResult result;
        if (inObjects[MODEL_PORT] instanceof LocalizerModelPortObject start) {
            requireBackboneOf(start.getSpec(), config);
            LocalizerModel startModel = LocalizerModel.load(start.getModelFile());
            result = ExecutionProgress.run(exec.createSubProgress(1 - READING_SHARE),
                progress -> new Trainer(config).continueTraining(startModel, trainingData, progress));
        } else {
            result = ExecutionProgress.run(exec.createSubProgress(1 - READING_SHARE),
                progress -> new Trainer(config).train(trainingData, progress));
        }

        // a collapsed training still gives its best model, so it is a warning, not a failure
        warnings.addAll(result.warnings());
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("\n", warnings));
        }
        FileStore modelStore = exec.createFileStore(LocalizerModelPortObject.MODEL_FILE_NAME);
        LocalizerModel model = result.model();
        Path modelFile = modelStore.getFile().toPath();
        Staging.writeFile(modelFile, model::save);
        ModelManifest manifest = model.manifest();
        LocalizerModelPortObjectSpec modelSpec = new LocalizerModelPortObjectSpec(manifest.backbone().settingName(),
            manifest.inputWidth(), manifest.inputHeight(), manifest.classNames());
        double validationFloor = manifest.training() == null ? Double.NaN : manifest.training().lossFloor();
        return new PortObject[]{new LocalizerModelPortObject(modelStore, modelSpec, summary(result),
            LossHistory.of(result.history(), validationFloor)),
            history(result.history(), exec)};
    }

    /** Checked at configure already, so that a wrong choice shows before the pictures are read. */
    private static void requireBackboneOf(final LocalizerModelPortObjectSpec start, final TrainingConfig config)
        throws InvalidSettingsException {
        if (!start.getBackbone().equals(config.backbone().settingName())) {
            throw new InvalidSettingsException("The model to train further has the " + start.getBackbone()
                + " backbone, but the Backbone option says " + config.backbone() + ": choose " + start.getBackbone()
                + ", or disconnect the model to train a new one.");
        }
    }

    /** The chosen columns; the class column is -1 for a single class. */
    private record Columns(int image, BoxColumns box, int present, int className, DataTableSpec spec) {

        String name(final int column) {
            return column < 0 ? "" : spec.getColumnSpec(column).getName();
        }
    }

    private Columns columns(final DataTableSpec spec) throws InvalidSettingsException {
        int image = TableColumns.resolve(spec, m_settings.m_imageColumn, "Image column", ColumnKind.IMAGE_OR_LOCATION,
            true, SceneColumns.IMAGE, "Path", "Location", "File");
        BoxColumns box = BoxColumns.resolve(spec, m_settings.m_topColumn, m_settings.m_leftColumn,
            m_settings.m_heightColumn, m_settings.m_widthColumn, "", "");
        int present = TableColumns.resolve(spec, m_settings.m_presentColumn, "Present column", ColumnKind.PRESENCE,
            false, SceneColumns.PRESENT);
        int className = TableColumns.resolveOptional(spec, m_settings.m_classColumn, "Class column", ColumnKind.TEXT);
        return new Columns(image, box, present, className, spec);
    }

    /** Class names the table's domain already knows, so the Predictor can be configured before training. */
    private static List<String> domainClasses(final DataTableSpec spec, final int column) {
        DataColumnDomain domain = spec.getColumnSpec(column).getDomain();
        if (!domain.hasValues()) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>();
        for (DataCell value : domain.getValues()) {
            if (value instanceof StringValue text && !text.getStringValue().isEmpty()) {
                names.add(text.getStringValue());
            }
        }
        return List.copyOf(names);
    }

    /** What training keeps of each picture: at most the input size of the model to train further, or of a new one. */
    private static Resolution pictureResolution(final PortObject model, final TrainingConfig config) {
        return model instanceof LocalizerModelPortObject start
            ? Resolution.atMost(start.getSpec().getInputWidth(), start.getSpec().getInputHeight())
            : Resolution.forTraining(config.inputSize());
    }

    /** The table's pictures at the resolution training keeps, each box scaled onto its picture's kept pixels. */
    private static List<Scene> readScenes(final BufferedDataTable table, final Columns columns,
        final Resolution pictures, final ExecutionContext exec) throws Exception {
        List<Scene> scenes = new ArrayList<>();
        long total = Math.max(1, table.size());
        for (DataRow row : table) {
            exec.checkCanceled();
            scenes.add(Cells.forRow(row, () -> {
                DecodedImage image = ImageCells.read(row, columns.image(), columns.name(columns.image()), pictures);
                boolean present = Cells.flag(row, columns.present(), columns.name(columns.present()));
                Box box = present ? columns.box().read(row) : Box.NONE;
                String className = !present ? SceneGenerator.NO_CLASS
                    : ClassNames.check(Cells.text(row, columns.className(), columns.name(columns.className()),
                        SINGLE_CLASS));
                return new Scene(image.pixels(), new Label(image.toDecoded(box), present, className));
            }));
            exec.setProgress(scenes.size() / (double)total, () -> "Reading picture " + row.getKey());
        }
        return scenes;
    }

    private static Map<String, String> summary(final TrainingResult result) {
        Map<String, String> summary = new LinkedHashMap<>();
        TrainingSummary training = result.model().manifest().training();
        if (training != null) {
            summary.put("Epochs trained", Integer.toString(training.epochs()));
            summary.put("Images seen", Long.toString(training.images()));
            summary.put("Final training loss", format(training.loss()));
            summary.put("Validation loss (kept model)", format(training.validationLoss()));
            summary.put("Lowest possible loss on validation", format(training.lossFloor()));
            summary.put("Validation detection accuracy", format(training.detectionAccuracy()));
            summary.put("Validation mean IoU", format(training.meanIou()));
            summary.put("Training time", String.format("%.1f s", training.seconds()));
            summary.put("Seed", Long.toString(training.seed()));
        }
        summary.put("Stopped because", result.stopReason());
        summary.put("Backend", result.backend().describe());
        return summary;
    }

    private static String format(final double value) {
        return Double.isNaN(value) ? "–" : String.format("%.4f", value);
    }

    private static BufferedDataTable history(final List<EpochRecord> history, final ExecutionContext exec) {
        BufferedDataContainer container = exec.createDataContainer(HISTORY);
        for (EpochRecord epoch : history) {
            container.addRowToTable(new DefaultRow(RowKey.createRowKey((long)epoch.epoch()),
                new IntCell(epoch.epoch()), number(epoch.loss()), number(epoch.validationLoss()),
                number(epoch.detectionAccuracy()), number(epoch.meanIou()), number(epoch.classAccuracy()),
                number(epoch.seconds())));
        }
        container.close();
        return container.getTable();
    }

    private static DataCell number(final double value) {
        return Double.isNaN(value) ? DataType.getMissingCell() : new DoubleCell(value);
    }
}
