package dev.localizer.cli;

import java.nio.file.Path;
import java.time.Duration;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.io.RunFiles;
import dev.localizer.engine.model.Backbone;
import dev.localizer.engine.train.EarlyStopping;
import dev.localizer.engine.train.TrainingConfig;

import picocli.CommandLine.Option;

/** How a model is trained, shared by {@code train} and {@code demo}. Left-out options keep the trainer's defaults. */
final class TrainOptions {

    @Option(names = "--backbone", paramLabel = "compact|vgg16",
            description = "Network: 'compact' (small, trains from scratch in minutes) or 'vgg16' (frozen VGG16 base"
                    + " with ImageNet weights, see --weights) (default: compact).")
    Backbone backbone;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "VGG16 ImageNet weights for --backbone vgg16: the DL4J model-store zip or a Keras notop .h5"
                    + " (default: the DL4J model store's file in ~/.deeplearning4j/models/vgg16/, downloaded if missing).")
    Path weights;

    @Option(names = "--fine-tune-last-block",
            description = "With --backbone vgg16: train VGG16's block 5 together with the head instead of keeping the"
                    + " whole base frozen (slower steps; blocks 1-4 stay frozen and cached).")
    boolean fineTuneLastBlock;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to compute: 'auto' takes a GPU when the CUDA backend finds one (default: auto).")
    Device device;

    @Option(names = "--input-size", paramLabel = "PX",
            description = "Side of the network's square input; scenes are resized to it (default: 96, with vgg16 200).")
    Integer inputSize;

    @Option(names = "--epochs", paramLabel = "E", description = "Epochs of training (default: 15; with --max-minutes"
            + " and no --epochs, training runs until the budget, or until " + EarlyStopping.UNTIL_BUDGET_PATIENCE
            + " epochs in a row, spanning at least a quarter of the budget, bring neither a lower validation loss"
            + " nor a higher validation mean IoU, and as many more have run the rest of the learning-rate schedule).")
    Integer epochs;

    @Option(names = "--no-augment",
            description = "Train on the pictures as they are. By default they are changed at random, their boxes with"
                    + " them: mirror images, and for a scenes folder or annotated pictures also zoomed-in, shifted"
                    + " crops that keep the object and changed brightness, contrast and saturation.")
    boolean noAugment;

    @Option(names = "--steps", paramLabel = "N",
            description = "Training steps per epoch; 0 makes an epoch one pass over a scenes list (default: 50).")
    Integer steps;

    @Option(names = "--batch", paramLabel = "B", description = "Scenes per training step (default: 32).")
    Integer batch;

    @Option(names = "--lr", paramLabel = "X",
            description = "Adam's starting learning rate, decaying along a cosine (default: 0.002 compact, 0.0001 vgg16).")
    Double learningRate;

    @Option(names = "--max-minutes", paramLabel = "M",
            description = "Time budget: stop after this many minutes and keep the best model so far.")
    Double maxMinutes;

    @Option(names = "--validation", paramLabel = "F",
            description = "Fraction of the scenes held out to validate each epoch and pick the best model, at most 0.5"
                    + " (default: 0.1).")
    Double validation;

    /** The files these options read, added to a run's files. */
    RunFiles readBy(RunFiles files) {
        return files.reading("--weights", weights);
    }

    @Option(names = "--early-stopping-patience", paramLabel = "EPOCHS",
            description = "Stop when this many epochs in a row did not lower the validation loss by more than"
                    + " --min-improvement (default: 0, never stop early).")
    Integer earlyStoppingPatience;

    @Option(names = "--min-improvement", paramLabel = "LOSS",
            description = "With --early-stopping-patience: how much an epoch must lower the best validation loss"
                    + " to count as an improvement (default: 0, any improvement counts).")
    Double minImprovement;

    /** The trainer's defaults for the backbone with every given option applied. */
    TrainingConfig toConfig(long seed, Subcommand owner) {
        TrainingConfig.Builder config = TrainingConfig.builder(backbone == null ? Backbone.COMPACT : backbone)
                .seed(seed).device(device);
        if (weights != null) {
            if (backbone != Backbone.VGG16) {
                throw owner.usageError("--weights holds VGG16 weights: use it with --backbone vgg16");
            }
            config.weightsFile(owner.requireFile(weights, "--weights",
                    "give the DL4J model-store VGG16 zip or a Keras VGG16 notop .h5 file"));
        }
        if (fineTuneLastBlock) {
            if (backbone != Backbone.VGG16) {
                throw owner.usageError("--fine-tune-last-block trains the last block of VGG16: use it with --backbone vgg16");
            }
            config.fineTuneLastBlock(true);
        }
        if (inputSize != null) {
            config.inputSize(owner.requirePositive(inputSize, "--input-size"));
        }
        if (epochs != null) {
            config.epochs(owner.requirePositive(epochs, "--epochs"));
        } else if (maxMinutes != null) {
            config.epochs(TrainingConfig.UNTIL_BUDGET);
        }
        if (noAugment) {
            config.augment(false);
        }
        if (steps != null) {
            if (steps < 0) {
                throw owner.usageError("--steps must be 0 or more, got " + steps);
            }
            config.stepsPerEpoch(steps);
        }
        if (batch != null) {
            config.batchSize(owner.requirePositive(batch, "--batch"));
        }
        if (learningRate != null) {
            config.learningRate(owner.requirePositive(learningRate, "--lr"));
        }
        if (maxMinutes != null) {
            config.maxTime(Duration.ofMillis(Math.round(owner.requirePositive(maxMinutes, "--max-minutes") * 60_000)));
        }
        if (validation != null) {
            config.validationFraction(owner.requireFraction(validation, "--validation"));
        }
        if (minImprovement != null && earlyStoppingPatience == null) {
            throw owner.usageError("--min-improvement says when an epoch counts for early stopping: use it with "
                    + "--early-stopping-patience");
        }
        if (earlyStoppingPatience != null) {
            config.earlyStopping(earlyStopping(owner));
        }
        return config.build();
    }

    private EarlyStopping earlyStopping(Subcommand owner) {
        double minimum = minImprovement == null ? EarlyStopping.DEFAULT_MIN_IMPROVEMENT : minImprovement;
        try {
            return new EarlyStopping(earlyStoppingPatience, minimum);
        } catch (LocalizerException e) {
            throw owner.usageError("--early-stopping-patience " + earlyStoppingPatience + " --min-improvement "
                    + minimum + ": " + e.getMessage());
        }
    }
}
