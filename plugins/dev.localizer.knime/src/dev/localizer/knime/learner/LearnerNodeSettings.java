package dev.localizer.knime.learner;

import java.time.Duration;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.train.EarlyStopping;
import dev.localizer.engine.train.TrainingConfig;
import dev.localizer.knime.shared.LocalFiles;
import dev.localizer.knime.shared.NodeSettingsGroup;

/** Settings of the Learner: which columns hold the labelled scenes, and the engine's training settings. */
final class LearnerNodeSettings extends NodeSettingsGroup {

    static final String CFG_IMAGE_COLUMN = "image_column";

    static final String CFG_TOP_COLUMN = "top_column";

    static final String CFG_LEFT_COLUMN = "left_column";

    static final String CFG_HEIGHT_COLUMN = "height_column";

    static final String CFG_WIDTH_COLUMN = "width_column";

    static final String CFG_PRESENT_COLUMN = "present_column";

    static final String CFG_CLASS_COLUMN = "class_column";

    static final String CFG_BACKBONE = "backbone";

    static final String CFG_WEIGHTS_FILE = "weights_file";

    static final String CFG_FINE_TUNE_LAST_BLOCK = "fine_tune_last_block";

    static final String CFG_INPUT_SIZE = "input_size";

    static final String CFG_EPOCHS = "epochs";

    static final String CFG_BATCH_SIZE = "batch_size";

    static final String CFG_LEARNING_RATE = "learning_rate";

    static final String CFG_BOX_LOSS_WEIGHT = "box_loss_weight";

    static final String CFG_PRESENCE_LOSS_WEIGHT = "presence_loss_weight";

    static final String CFG_VALIDATION_FRACTION = "validation_fraction";

    static final String CFG_CACHE_FEATURES = "cache_features";

    static final String CFG_AUGMENT = "augment";

    static final String CFG_TIME_LIMIT = "time_limit_minutes";

    static final String CFG_EARLY_STOPPING_PATIENCE = "early_stopping_patience";

    static final String CFG_MIN_IMPROVEMENT = "min_improvement";

    static final String CFG_SEED = "seed";

    static final String CFG_DEVICE = "device";

    static final String[] DEVICES = {"auto", "cpu", "gpu"};

    /** Input size or learning rate 0: the chosen backbone's own default (the engine's, see {@link #engineConfig}). */
    static final int BACKBONE_DEFAULT = 0;

    private static final TrainingConfig DEFAULTS = TrainingConfig.defaults();

    final SettingsModelString m_imageColumn = register(new SettingsModelString(CFG_IMAGE_COLUMN, ""));

    final SettingsModelString m_topColumn = register(new SettingsModelString(CFG_TOP_COLUMN, ""));

    final SettingsModelString m_leftColumn = register(new SettingsModelString(CFG_LEFT_COLUMN, ""));

    final SettingsModelString m_heightColumn = register(new SettingsModelString(CFG_HEIGHT_COLUMN, ""));

    final SettingsModelString m_widthColumn = register(new SettingsModelString(CFG_WIDTH_COLUMN, ""));

    final SettingsModelString m_presentColumn = register(new SettingsModelString(CFG_PRESENT_COLUMN, ""));

    /** Empty: one class, whatever the table says. */
    final SettingsModelString m_classColumn = register(new SettingsModelString(CFG_CLASS_COLUMN, ""));

    /** Compact by default: it trains anywhere, without downloading pretrained weights. */
    final SettingsModelString m_backbone =
        register(new SettingsModelString(CFG_BACKBONE, DEFAULTS.backbone().settingName()));

    /** Empty: the DL4J model store's cached ImageNet weights. */
    final SettingsModelString m_weightsFile = register(new SettingsModelString(CFG_WEIGHTS_FILE, ""));

    /** VGG16 only: train block 5 with the head instead of keeping the whole base frozen. */
    final SettingsModelBoolean m_fineTuneLastBlock =
        registerAddedLater(CFG_FINE_TUNE_LAST_BLOCK, new SettingsModelBoolean(CFG_FINE_TUNE_LAST_BLOCK, false));

    /** Side of the square picture the network sees; {@link #BACKBONE_DEFAULT}: the backbone's. */
    final SettingsModelIntegerBounded m_inputSize = registerAddedLater(CFG_INPUT_SIZE,
        new SettingsModelIntegerBounded(CFG_INPUT_SIZE, BACKBONE_DEFAULT, BACKBONE_DEFAULT, 1024));

    /** {@link TrainingConfig#UNTIL_BUDGET}: until the time limit (or early stopping) ends training. */
    final SettingsModelIntegerBounded m_epochs = register(
        new SettingsModelIntegerBounded(CFG_EPOCHS, DEFAULTS.epochs(), TrainingConfig.UNTIL_BUDGET, 10_000));

    final SettingsModelIntegerBounded m_batchSize =
        register(new SettingsModelIntegerBounded(CFG_BATCH_SIZE, DEFAULTS.batchSize(), 1, 4096));

    /** {@link #BACKBONE_DEFAULT}: the backbone's. */
    final SettingsModelDoubleBounded m_learningRate =
        register(new SettingsModelDoubleBounded(CFG_LEARNING_RATE, BACKBONE_DEFAULT, BACKBONE_DEFAULT, 0.5));

    final SettingsModelDoubleBounded m_boxLossWeight =
        register(new SettingsModelDoubleBounded(CFG_BOX_LOSS_WEIGHT, DEFAULTS.lossWeights().box(), 0, 1000));

    final SettingsModelDoubleBounded m_presenceLossWeight =
        register(new SettingsModelDoubleBounded(CFG_PRESENCE_LOSS_WEIGHT, DEFAULTS.lossWeights().presence(), 0, 1000));

    final SettingsModelDoubleBounded m_validationFraction =
        register(new SettingsModelDoubleBounded(CFG_VALIDATION_FRACTION, DEFAULTS.validationFraction(), 0, 0.5));

    final SettingsModelBoolean m_cacheFeatures =
        register(new SettingsModelBoolean(CFG_CACHE_FEATURES, DEFAULTS.cacheFeatures()));

    final SettingsModelBoolean m_augment =
        registerAddedLater(CFG_AUGMENT, new SettingsModelBoolean(CFG_AUGMENT, DEFAULTS.augment()));

    /** 0: no limit. */
    final SettingsModelIntegerBounded m_timeLimit =
        registerAddedLater(CFG_TIME_LIMIT, new SettingsModelIntegerBounded(CFG_TIME_LIMIT, 0, 0, 100_000));

    /** 0: off. */
    final SettingsModelIntegerBounded m_earlyStoppingPatience = registerAddedLater(CFG_EARLY_STOPPING_PATIENCE,
        new SettingsModelIntegerBounded(CFG_EARLY_STOPPING_PATIENCE, DEFAULTS.earlyStopping().patience(), 0, 10_000));

    final SettingsModelDoubleBounded m_minImprovement = registerAddedLater(CFG_MIN_IMPROVEMENT,
        new SettingsModelDoubleBounded(CFG_MIN_IMPROVEMENT, DEFAULTS.earlyStopping().minImprovement(), 0, 1000));

    final SettingsModelIntegerBounded m_seed =
        register(new SettingsModelIntegerBounded(CFG_SEED, (int)DEFAULTS.seed(), 0, Integer.MAX_VALUE));

    final SettingsModelString m_device = register(new SettingsModelString(CFG_DEVICE, "auto"));

    @Override
    protected LearnerNodeSettings createEmpty() {
        return new LearnerNodeSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        requireOneOf(CFG_BACKBONE, m_backbone.getStringValue(), Backbone.settingNames().toArray(String[]::new));
        requireOneOf(CFG_DEVICE, m_device.getStringValue(), DEVICES);
        if (m_boxLossWeight.getDoubleValue() == 0 && m_presenceLossWeight.getDoubleValue() == 0) {
            throw new InvalidSettingsException("Both loss weights are 0, so nothing would be learned. "
                + "Give the box loss or the presence loss a positive weight (defaults: 3.0 and 0.5).");
        }
        engineConfig();
    }

    /**
     * The engine's training config for these settings; one pass over the table's pictures per epoch. For the vgg16
     * backbone, a weights file (a path or a KNIME URL) is resolved to the local file the engine reads; without one,
     * the engine takes the DL4J model store's ImageNet weights.
     */
    TrainingConfig toTrainingConfig() throws InvalidSettingsException {
        TrainingConfig config = engineConfig();
        String weightsFile = weightsFile();
        if (weightsFile == null || config.backbone() != Backbone.VGG16) {
            return config;
        }
        return config.toBuilder().weightsFile(LocalFiles.resolve(weightsFile, "weights file")).build();
    }

    /**
     * Everything but the weights file, whose KNIME URL is only resolved when the node is configured; an input size
     * or learning rate of {@link #BACKBONE_DEFAULT} takes the backbone's default.
     */
    private TrainingConfig engineConfig() throws InvalidSettingsException {
        try {
            Backbone backbone = Backbone.parse(m_backbone.getStringValue());
            int inputSize = m_inputSize.getIntValue();
            double learningRate = m_learningRate.getDoubleValue();
            return TrainingConfig.builder(backbone)
                .fineTuneLastBlock(m_fineTuneLastBlock.getBooleanValue())
                .inputSize(inputSize == BACKBONE_DEFAULT ? backbone.defaultInputSize() : inputSize)
                .epochs(m_epochs.getIntValue())
                .batchSize(m_batchSize.getIntValue())
                .stepsPerEpoch(0)
                .learningRate(learningRate == BACKBONE_DEFAULT ? backbone.defaultLearningRate() : learningRate)
                .lossWeights(new LossWeights(m_boxLossWeight.getDoubleValue(), m_presenceLossWeight.getDoubleValue(),
                    LossWeights.DEFAULT.classes()))
                .validationFraction(m_validationFraction.getDoubleValue())
                .cacheFeatures(m_cacheFeatures.getBooleanValue())
                .augment(m_augment.getBooleanValue())
                .maxTime(Duration.ofMinutes(m_timeLimit.getIntValue()))
                .earlyStopping(
                    new EarlyStopping(m_earlyStoppingPatience.getIntValue(), m_minImprovement.getDoubleValue()))
                .seed(m_seed.getIntValue())
                .device(Device.parse(m_device.getStringValue()))
                .build();
        } catch (LocalizerException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }

    String classColumn() {
        return optional(m_classColumn.getStringValue());
    }

    String weightsFile() {
        return optional(m_weightsFile.getStringValue());
    }
}
