package dev.localizer.cli;

import java.nio.file.Path;

import dev.localizer.engine.backend.Device;

import picocli.CommandLine.Option;

/** How a model is trained, shared by {@code train} and {@code demo}. Left-out options keep the trainer's defaults. */
final class TrainOptions {

    enum Backbone { COMPACT, VGG16 }

    @Option(names = "--backbone", paramLabel = "compact|vgg16",
            description = "Network: 'compact' (small, trains from scratch in minutes) or 'vgg16' (frozen VGG16 base;"
                    + " needs --weights) (default: compact).")
    Backbone backbone;

    @Option(names = "--weights", paramLabel = "FILE",
            description = "VGG16 ImageNet weights file for --backbone vgg16.")
    Path weights;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "Where to compute: 'auto' takes a GPU when the CUDA backend finds one (default: auto).")
    Device device;

    @Option(names = "--epochs", paramLabel = "E", description = "Passes over the training scenes.")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "B", description = "Scenes per training step.")
    Integer batch;

    @Option(names = "--lr", paramLabel = "X", description = "Adam learning rate.")
    Double learningRate;

    @Option(names = "--max-minutes", paramLabel = "M",
            description = "Time budget: stop after this many minutes and keep the best model so far.")
    Double maxMinutes;

    @Option(names = "--validation", paramLabel = "F",
            description = "Fraction of the scenes held out to validate each epoch and pick the best model.")
    Double validation;
}
