package dev.localizer.engine.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.CompactNetwork;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.Vgg16Localizer;

/**
 * How to train a localizer. Start from {@link #defaults()} and change what you need with the {@code with…}
 * methods.
 *
 * @param backbone               {@value CompactNetwork#NAME} (trains from scratch) or {@value #VGG16} (ImageNet base)
 * @param inputSize              side of the square network input, in pixels (96 suits {@code compact}; the
 *                               reference VGG16 input is 200)
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
 * @param fineTuneLastBlock      {@value #VGG16} only: train the base's block 5 (from its pretrained weights) together
 *                               with the head instead of keeping the whole base frozen; blocks 1–4 stay frozen and
 *                               their features are what gets cached. Slower per step, and it may fit better.
 */
public record TrainingConfig(String backbone, int inputSize, int epochs, int batchSize, int stepsPerEpoch, double learningRate,
                             LossWeights lossWeights, long seed, double validationFraction, boolean augment,
                             boolean cacheFeatures, Device device, Duration maxTime, EarlyStopping earlyStopping,
                             Path weightsFile, boolean fineTuneLastBlock) {

    public static final String VGG16 = "vgg16";
    /** The number of epochs that leaves the end of training to the time budget and early stopping. */
    public static final int UNTIL_BUDGET = 0;
    /** VGG16's five pools halve the input five times. */
    static final int MIN_VGG16_INPUT_SIZE = 32;

    public TrainingConfig {
        Objects.requireNonNull(lossWeights, "lossWeights");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(maxTime, "maxTime");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        backbone = backbone == null ? "" : backbone.trim().toLowerCase(Locale.ROOT);
        if (!backbone.equals(CompactNetwork.NAME) && !backbone.equals(VGG16)) {
            throw new LocalizerException("Unknown backbone '" + backbone + "': use " + CompactNetwork.NAME + " or " + VGG16);
        }
        requireAtLeast("input size", inputSize, backbone.equals(VGG16) ? MIN_VGG16_INPUT_SIZE : 16);
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
        if (fineTuneLastBlock && !backbone.equals(VGG16)) {
            throw new LocalizerException("Fine-tuning the last block needs the " + VGG16 + " backbone, which has a "
                    + "pretrained last block; the backbone is '" + backbone + "', which trains all its layers anyway. "
                    + "Choose " + VGG16 + " or turn fine-tuning of the last block off.");
        }
        if (maxTime.isNegative()) {
            throw new LocalizerException("The time budget must not be negative, got " + maxTime);
        }
    }

    /** Compact backbone at 96×96, 15 epochs of 50 steps of 32 images, Adam 0.002, reference loss weights, seed 42. */
    public static TrainingConfig defaults() {
        return defaults(CompactNetwork.NAME);
    }

    /**
     * The defaults for that backbone: its own input size and learning rate (see {@link #defaultInputSize} and
     * {@link #defaultLearningRate}), the rest as in {@link #defaults()}.
     */
    public static TrainingConfig defaults(String backbone) {
        return new TrainingConfig(backbone, defaultInputSize(backbone), 15, 32, 50, defaultLearningRate(backbone),
                LossWeights.DEFAULT, 42, 0.1, true, true, Device.AUTO, Duration.ZERO, EarlyStopping.OFF, null, false);
    }

    /** 0.002 for the compact network trained from scratch (the best of the rates tried on the quality benchmark), 0.0001 (the reference) for the VGG16 head. */
    public static double defaultLearningRate(String backbone) {
        return isVgg16(backbone) ? 1e-4 : 2e-3;
    }

    /** 96 for the compact network, 200 (the reference) for VGG16. */
    public static int defaultInputSize(String backbone) {
        return isVgg16(backbone) ? Vgg16Localizer.DEFAULT_INPUT_SIZE : CompactNetwork.DEFAULT_INPUT_SIZE;
    }

    private static boolean isVgg16(String backbone) {
        return backbone != null && VGG16.equalsIgnoreCase(backbone.trim());
    }

    public boolean hasTimeLimit() {
        return !maxTime.isZero();
    }

    /**
     * Checks what the settings cannot check one by one, because the {@code with…} methods set them one by one: that
     * something ends training.
     *
     * @throws LocalizerException when nothing would (0 epochs without a time budget)
     */
    public void requireAnEnd() {
        if (trainsUntilBudget() && !hasTimeLimit()) {
            throw new LocalizerException("Training until the time budget (0 epochs) needs a time budget: set a time "
                    + "limit in minutes, or a number of epochs of 1 or more (e.g. 15)");
        }
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

    public TrainingConfig withBackbone(String value) {
        return new TrainingConfig(value, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withInputSize(int value) {
        return new TrainingConfig(backbone, value, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withEpochs(int value) {
        return new TrainingConfig(backbone, inputSize, value, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withBatchSize(int value) {
        return new TrainingConfig(backbone, inputSize, epochs, value, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withStepsPerEpoch(int value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, value, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withLearningRate(double value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, value, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withLossWeights(LossWeights value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, value, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withSeed(long value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, value,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withValidationFraction(double value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                value, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withAugment(boolean value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, value, cacheFeatures, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withCacheFeatures(boolean value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, value, device, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withDevice(Device value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, value, maxTime, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withMaxTime(Duration value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, value, earlyStopping, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withEarlyStopping(EarlyStopping value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, value, weightsFile,
                fineTuneLastBlock);
    }

    public TrainingConfig withWeightsFile(Path value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, value,
                fineTuneLastBlock);
    }

    public TrainingConfig withFineTuneLastBlock(boolean value) {
        return new TrainingConfig(backbone, inputSize, epochs, batchSize, stepsPerEpoch, learningRate, lossWeights, seed,
                validationFraction, augment, cacheFeatures, device, maxTime, earlyStopping, weightsFile, value);
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
}
