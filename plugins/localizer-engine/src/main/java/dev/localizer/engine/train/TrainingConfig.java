package dev.localizer.engine.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.model.InputEncoding;

/**
 * How to train a localizer. Start from {@link #builder()} (or {@link #builder(Backbone)} for another backbone's
 * defaults, or {@link #toBuilder()} of a config), set what you need and {@link Builder#build() build} it, which checks
 * the whole combination.
 *
 * @param backbone               the network to train ({@link Backbone#defaultInputSize() its input size} and
 *                               {@link Backbone#defaultLearningRate() learning rate} are the defaults)
 * @param inputSize              side of the square network input, in pixels, at least the backbone's
 *                               {@link Backbone#minInputSize() minimum}
 * @param epochs                 passes of training, or {@link #UNTIL_BUDGET} to train until the time budget ends
 *                               training or the validation loss stops improving (see {@link #stoppingInEffect()})
 * @param batchSize              images per step
 * @param stepsPerEpoch          steps per epoch; 0 means one pass over the training scenes (a scene list only)
 * @param learningRate           Adam's learning rate at the start; it decays along a cosine to 2% at the end of
 *                               the epochs (a time budget that ends training first cuts the schedule short), or of
 *                               the time budget when training runs {@link #UNTIL_BUDGET}
 * @param lossWeights            weights of the loss terms
 * @param seed                   makes training repeatable on the CPU
 * @param validationFraction     share of the scenes held out for validation, in [0, 0.5]; with generated scenes,
 *                               that share of one epoch's images is generated once up front
 * @param augment                change training scenes at random, their boxes with them: mirror images, and for a
 *                               fixed set of scenes (not generated ones) also zoomed-in, shifted crops that keep the
 *                               object and changed brightness, contrast and saturation; not with cached features,
 *                               which need the same image every epoch
 * @param cacheFeatures          with a frozen pretrained base and a scene list, compute the base's features once per
 *                               scene (in memory up to a quarter of the heap, then in a temporary file)
 * @param device                 where to train
 * @param maxTime                stop after this long (finishing the current step); zero means no limit
 * @param earlyStopping          when to stop because the validation loss stopped improving (off by default)
 * @param weightsFile            VGG16 weights to use (DL4J model-store zip or Keras notop .h5); null means the DL4J
 *                               model store's file in {@code ~/.deeplearning4j/models/vgg16/}, downloaded if missing
 * @param fineTuneLastBlock      {@link Backbone#VGG16} only: train the base's block 5 (from its pretrained weights) together
 *                               with the head instead of keeping the whole base frozen; blocks 1–4 stay frozen and
 *                               their features are what gets cached. Slower per step, and it may fit better.
 */
public record TrainingConfig(Backbone backbone, int inputSize, int epochs, int batchSize, int stepsPerEpoch, double learningRate,
                             LossWeights lossWeights, long seed, double validationFraction, boolean augment,
                             boolean cacheFeatures, Device device, Duration maxTime, EarlyStopping earlyStopping,
                             Path weightsFile, boolean fineTuneLastBlock) {

    /** The number of epochs that leaves the end of training to the time budget and early stopping. */
    public static final int UNTIL_BUDGET = 0;

    /**
     * @throws LocalizerException when a setting is out of range, the combination is not possible, or nothing would
     *                            end training (0 epochs without a time budget)
     */
    public TrainingConfig {
        Objects.requireNonNull(backbone, "backbone");
        Objects.requireNonNull(lossWeights, "lossWeights");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(maxTime, "maxTime");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        requireAtLeast("input size", inputSize, backbone.minInputSize());
        if (inputSize > InputEncoding.MAX_SIDE) {
            throw new LocalizerException("The input size must be at most " + InputEncoding.MAX_SIDE + ", the largest"
                    + " that networks take, got " + inputSize);
        }
        requireAtLeast("number of epochs", epochs, UNTIL_BUDGET);
        requireAtLeast("batch size", batchSize, 1);
        requireAtLeast("number of steps per epoch", stepsPerEpoch, 0);
        if (!(learningRate > 0 && learningRate < 1)) {
            throw new LocalizerException("The learning rate must be between 0 and 1, got " + learningRate + "; try 0.001");
        }
        if (!(validationFraction >= 0 && validationFraction <= 0.5)) {
            throw new LocalizerException("The validation fraction must be between 0 and 0.5, got " + validationFraction);
        }
        if (fineTuneLastBlock && backbone != Backbone.VGG16) {
            throw new LocalizerException("Fine-tuning the last block needs the " + Backbone.VGG16 + " backbone, which "
                    + "has a pretrained last block; the backbone is '" + backbone + "', which trains all its layers "
                    + "anyway. Choose " + Backbone.VGG16 + " or turn fine-tuning of the last block off.");
        }
        if (maxTime.isNegative()) {
            throw new LocalizerException("The time budget must not be negative, got " + maxTime);
        }
        if (epochs == UNTIL_BUDGET && maxTime.isZero()) {
            throw new LocalizerException("Training until the time budget (0 epochs) needs a time budget: set a time "
                    + "limit in minutes, or a number of epochs of 1 or more (e.g. 15)");
        }
    }

    /** Compact backbone at 96×96, 15 epochs of 50 steps of 32 images, Adam 0.002, reference loss weights, seed 42. */
    public static TrainingConfig defaults() {
        return builder().build();
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return builder(Backbone.COMPACT);
    }

    /**
     * A builder that starts from the defaults for that backbone: its own input size and learning rate, the rest as in
     * {@link #defaults()}.
     */
    public static Builder builder(Backbone backbone) {
        return new TrainingConfig(backbone, backbone.defaultInputSize(), 15, 32, 50, backbone.defaultLearningRate(),
                LossWeights.DEFAULT, 42, 0.1, true, true, Device.AUTO, Duration.ZERO, EarlyStopping.OFF, null, false)
                .toBuilder();
    }

    /** A builder that starts from this config. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public boolean hasTimeLimit() {
        return !maxTime.isZero();
    }

    /** Whether the time budget or early stopping, not a number of epochs, ends training. */
    public boolean trainsUntilBudget() {
        return epochs == UNTIL_BUDGET;
    }

    /**
     * The early stopping training uses: the configured one, or {@link EarlyStopping#UNTIL_BUDGET} when it is off and
     * training runs until the budget, so that a fixed set of pictures that it no longer improves on does not keep
     * training for the rest of the budget.
     */
    public EarlyStopping stoppingInEffect() {
        return trainsUntilBudget() && !earlyStopping.isOn() ? EarlyStopping.UNTIL_BUDGET : earlyStopping;
    }

    /** The pretrained weights file the user named, if any. */
    public Optional<Path> weightsFileIfNamed() {
        return Optional.ofNullable(weightsFile);
    }

    private static void requireAtLeast(String what, int value, int minimum) {
        if (value < minimum) {
            throw new LocalizerException("The " + what + " must be at least " + minimum + ", got " + value);
        }
    }

    /** Collects settings without checking them; {@link #build()} checks the whole combination. */
    public static final class Builder {
        private Backbone backbone;
        private int inputSize;
        private int epochs;
        private int batchSize;
        private int stepsPerEpoch;
        private double learningRate;
        private LossWeights lossWeights;
        private long seed;
        private double validationFraction;
        private boolean augment;
        private boolean cacheFeatures;
        private Device device;
        private Duration maxTime;
        private EarlyStopping earlyStopping;
        private Path weightsFile;
        private boolean fineTuneLastBlock;

        private Builder(TrainingConfig start) {
            backbone = start.backbone;
            inputSize = start.inputSize;
            epochs = start.epochs;
            batchSize = start.batchSize;
            stepsPerEpoch = start.stepsPerEpoch;
            learningRate = start.learningRate;
            lossWeights = start.lossWeights;
            seed = start.seed;
            validationFraction = start.validationFraction;
            augment = start.augment;
            cacheFeatures = start.cacheFeatures;
            device = start.device;
            maxTime = start.maxTime;
            earlyStopping = start.earlyStopping;
            weightsFile = start.weightsFile;
            fineTuneLastBlock = start.fineTuneLastBlock;
        }

        /** The backbone only: the input size and learning rate stay as they are (see {@link #builder(Backbone)}). */
        public Builder backbone(Backbone value) {
            backbone = value;
            return this;
        }

        public Builder inputSize(int value) {
            inputSize = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder stepsPerEpoch(int value) {
            stepsPerEpoch = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder lossWeights(LossWeights value) {
            lossWeights = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder validationFraction(double value) {
            validationFraction = value;
            return this;
        }

        public Builder augment(boolean value) {
            augment = value;
            return this;
        }

        public Builder cacheFeatures(boolean value) {
            cacheFeatures = value;
            return this;
        }

        public Builder device(Device value) {
            device = value;
            return this;
        }

        public Builder maxTime(Duration value) {
            maxTime = value;
            return this;
        }

        public Builder earlyStopping(EarlyStopping value) {
            earlyStopping = value;
            return this;
        }

        /** Null: the DL4J model store's file. */
        public Builder weightsFile(Path value) {
            weightsFile = value;
            return this;
        }

        public Builder fineTuneLastBlock(boolean value) {
            fineTuneLastBlock = value;
            return this;
        }

        /** @throws LocalizerException when a setting is out of range or the settings do not go together */
        public TrainingConfig build() {
            return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights,
                    seed, validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                    fineTuneLastBlock);
        }
    }
}
