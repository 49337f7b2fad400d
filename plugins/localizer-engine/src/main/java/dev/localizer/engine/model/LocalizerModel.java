package dev.localizer.engine.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.model.vgg16.Vgg16Backbone;
import dev.localizer.engine.model.vgg16.Vgg16Weights;

/**
 * A localizer network together with its manifest: what it expects as input and what its outputs mean. Save it
 * with {@link #save}, read it back with {@link #load}; {@code Predictor} turns images into predictions with it.
 */
public final class LocalizerModel {

    /** A frozen pretrained convolutional base that runs before the network, and the weights it was made from. */
    public record PretrainedBase(Vgg16Backbone backbone, Vgg16Weights weights) {
    }

    private final ComputationGraph network;
    private final ModelManifest manifest;
    private final PretrainedBase base;

    /** A model whose network takes the encoded images itself (e.g. {@code compact}). */
    public LocalizerModel(ComputationGraph network, ModelManifest manifest) {
        this(network, manifest, null);
    }

    /**
     * @param network the trainable network; with a pretrained base, it takes the base's features
     * @param base    the frozen base, or null
     */
    public LocalizerModel(ComputationGraph network, ModelManifest manifest, PretrainedBase base) {
        int expectedOutputs = manifest.hasClassHead() ? 3 : 2;
        if (network.getNumOutputArrays() != expectedOutputs) {
            throw new IllegalArgumentException("A localizer network for " + manifest.classNames().size() + " classes has "
                    + expectedOutputs + " outputs, this one has " + network.getNumOutputArrays());
        }
        this.network = network;
        this.manifest = manifest;
        this.base = base;
    }

    /** A freshly initialized {@code compact} model. */
    public static LocalizerModel createCompact(InputEncoding input, List<String> classNames, LossWeights weights, long seed,
                                               double learningRate) {
        if (classNames.isEmpty()) {
            throw new LocalizerException("A model needs at least one class name, got none");
        }
        Backends.current();
        ComputationGraph network = CompactNetwork.create(input, classNames.size(), weights, seed, learningRate);
        return new LocalizerModel(network, ModelManifest.of(Backbone.COMPACT, input, classNames, weights, null));
    }

    /** Reads a model file written by {@link #save}. */
    public static LocalizerModel load(Path file) {
        return ModelFile.read(file);
    }

    /** Writes this model as one versioned zip (manifest plus network, without optimizer state). */
    public void save(Path file) throws IOException {
        ModelFile.write(this, file);
    }

    /** The trainable network: the whole model, or the head on a pretrained base's features. */
    public ComputationGraph network() {
        return network;
    }

    /** The frozen pretrained base, when the model has one. */
    public Optional<PretrainedBase> pretrainedBase() {
        return Optional.ofNullable(base);
    }

    /** What the network takes for the given encoded images: the images themselves, or the base's features. */
    public INDArray networkInput(INDArray encodedImages) {
        return base == null ? encodedImages : base.backbone().features(encodedImages);
    }

    public ModelManifest manifest() {
        return manifest;
    }

    public InputEncoding inputEncoding() {
        return manifest.inputEncoding();
    }

    public List<String> classNames() {
        return manifest.classNames();
    }

    /** This model with the given training summary in its manifest (same network). */
    public LocalizerModel withTraining(TrainingSummary summary) {
        return new LocalizerModel(network, manifest.withTraining(summary), base);
    }

    /** The network's outputs for encoded images (inference mode). */
    public NetworkOutputs outputs(INDArray encodedImages) {
        return outputsOfNetworkInput(networkInput(encodedImages));
    }

    /** The network's outputs for what {@link #networkInput} made. */
    public NetworkOutputs outputsOfNetworkInput(INDArray networkInput) {
        return NetworkOutputs.of(network.output(false, networkInput), manifest.outputsLogits());
    }
}
