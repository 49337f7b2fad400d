package dev.localizer.engine.model.vgg16;

import dev.localizer.engine.LocalizerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads VGG16 convolutional weights from the files users have: a DL4J ModelSerializer zip (the model store's
 * {@code vgg16_dl4j_inference.zip}, or any DL4J network whose first 13 convolutions are VGG16's), or a Keras
 * HDF5 file of VGG16 weights (e.g. {@code vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5}, TensorFlow kernel
 * order). Only the convolutions are taken; fully connected layers in the file are ignored. Every shape is
 * checked against the architecture, so a wrong file fails with the layer and shapes that differ.
 */
public final class Vgg16WeightFiles {

    /** The file holding only the ~15M convolution weights, as Keras publishes it. */
    public static final String KERAS_NOTOP_FILE = "vgg16_weights_tf_dim_ordering_tf_kernels_notop.h5";

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final String CONFIGURATION_ENTRY = "configuration.json";
    /** DL4J model configurations are a few hundred kB at most; anything larger is not one. */
    private static final long MAX_CONFIGURATION_BYTES = 16L << 20;

    private Vgg16WeightFiles() {
    }

    /** Loads a zip or {@code .h5} file, recognized by its content rather than its name. */
    public static Vgg16Weights load(Path file, Vgg16Architecture architecture) {
        if (!Files.isRegularFile(file)) {
            throw new LocalizerException("VGG16 weights file " + file + " does not exist or is not a file. "
                    + "Name the DL4J model-store zip or a Keras VGG16 'notop' .h5 file.");
        }
        byte[] head = new byte[HDF5_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            head = Arrays.copyOf(head, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw new LocalizerException("Cannot read VGG16 weights file " + file + ": " + e.getMessage(), e);
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return fromDl4jZip(file, architecture);
        }
        if (startsWith(head, HDF5_MAGIC)) {
            return fromKerasHdf5(file, architecture);
        }
        throw new LocalizerException("VGG16 weights file " + file + " is neither a zip nor an HDF5 file. "
                + "Name the DL4J model-store zip (" + Vgg16ModelStore.FILE_NAME + ") or a Keras VGG16 .h5 file ("
                + KERAS_NOTOP_FILE + ").");
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    static Vgg16Weights fromDl4jZip(Path file, Vgg16Architecture architecture) {
        boolean graph = isComputationGraph(file);
        List<Layer> layers;
        try {
            layers = graph ? layersInOrder(ModelSerializer.restoreComputationGraph(file.toFile(), false))
                    : List.of(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false).getLayers());
        } catch (IOException | RuntimeException e) {
            throw new LocalizerException("Cannot read the DL4J network in " + file + ": " + e.getMessage()
                    + ". Name an intact copy of " + Vgg16ModelStore.FILE_NAME + " or a Keras VGG16 .h5 file.", e);
        }
        return fromLayers(layers, architecture, file.toString());
    }

    private static Vgg16Weights fromLayers(List<Layer> layers, Vgg16Architecture architecture, String source) {
        List<INDArray> kernels = new ArrayList<>();
        List<INDArray> biases = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer instanceof ConvolutionLayer && layer.getParam("W").rank() == 4
                    && kernels.size() < architecture.convolutions().size()) {
                INDArray kernel = layer.getParam("W");
                kernels.add(kernel.dup());
                biases.add(layer.getParam("b").reshape(kernel.size(0)).dup());
            }
        }
        return new Vgg16Weights(architecture, kernels, biases, source);
    }

    private static boolean isComputationGraph(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(CONFIGURATION_ENTRY);
            if (entry == null) {
                throw new LocalizerException("Zip " + file + " holds no " + CONFIGURATION_ENTRY
                        + ", so it is not a DL4J network. Name the DL4J model-store zip ("
                        + Vgg16ModelStore.FILE_NAME + ") or a Keras VGG16 .h5 file.");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] configuration = in.readNBytes((int) MAX_CONFIGURATION_BYTES + 1);
                if (configuration.length > MAX_CONFIGURATION_BYTES) {
                    throw new LocalizerException("Zip " + file + ": " + CONFIGURATION_ENTRY + " is larger than "
                            + MAX_CONFIGURATION_BYTES + " bytes, which no DL4J network configuration is.");
                }
                return new String(configuration, StandardCharsets.UTF_8).contains("\"vertices\"");
            }
        } catch (IOException e) {
            throw new LocalizerException("Cannot open zip " + file + ": " + e.getMessage()
                    + ". Name an intact copy of " + Vgg16ModelStore.FILE_NAME + ".", e);
        }
    }

    private static List<Layer> layersInOrder(ComputationGraph net) {
        GraphVertex[] vertices = net.getVertices();
        List<Layer> layers = new ArrayList<>();
        for (int index : net.topologicalSortOrder()) {
            if (vertices[index].hasLayer()) {
                layers.add(vertices[index].getLayer());
            }
        }
        return layers;
    }

    /**
     * Keras stores each layer's weights in a group named after the layer ({@code block1_conv1}), under
     * {@code model_weights} when the whole model was saved, the datasets one or two groups deeper depending on
     * the Keras version ({@code kernel:0}, {@code bias:0} or {@code block1_conv1_W_1:0}, …).
     */
    static Vgg16Weights fromKerasHdf5(Path file, Vgg16Architecture architecture) {
        List<INDArray> kernels = new ArrayList<>();
        List<INDArray> biases = new ArrayList<>();
        try (Hdf5Archive archive = new Hdf5Archive(file.toString())) {
            List<String> rootGroups = archive.getGroups();
            List<String> prefix = rootGroups.contains("model_weights") ? List.of("model_weights") : List.of();
            List<String> layerGroups = archive.getGroups(prefix.toArray(String[]::new));
            for (Vgg16Architecture.Convolution convolution : architecture.convolutions()) {
                if (!layerGroups.contains(convolution.name())) {
                    throw new LocalizerException("Keras file " + file + " has no weights for layer "
                            + convolution.name() + " (its layers: " + layerGroups + "). Name a Keras VGG16 weights "
                            + "file such as " + KERAS_NOTOP_FILE + ".");
                }
                List<String> path = new ArrayList<>(prefix);
                path.add(convolution.name());
                List<INDArray> arrays = new ArrayList<>();
                readDatasets(archive, path, arrays);
                INDArray kernel = arrays.stream().filter(array -> array.rank() == 4).findFirst().orElse(null);
                INDArray bias = arrays.stream().filter(array -> array.rank() == 1).findFirst().orElse(null);
                if (kernel == null || bias == null) {
                    throw new LocalizerException("Keras file " + file + ": layer " + convolution.name()
                            + " lacks a 4-d kernel and a bias. Name a Keras VGG16 weights file such as "
                            + KERAS_NOTOP_FILE + ".");
                }
                kernels.add(toDl4jKernelLayout(file, convolution, kernel));
                biases.add(bias);
            }
        } catch (LocalizerException e) {
            throw e;
        } catch (Exception e) {
            throw new LocalizerException("Cannot read Keras weights file " + file + ": " + e.getMessage()
                    + ". Name an intact Keras VGG16 weights file such as " + KERAS_NOTOP_FILE + ".", e);
        }
        return new Vgg16Weights(architecture, kernels, biases, file.toString());
    }

    private static void readDatasets(Hdf5Archive archive, List<String> path, List<INDArray> into) throws Exception {
        String[] groups = path.toArray(String[]::new);
        for (String dataset : archive.getDataSets(groups)) {
            into.add(archive.readDataSet(dataset, groups));
        }
        for (String group : archive.getGroups(groups)) {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(group);
            readDatasets(archive, deeper, into);
        }
    }

    /** TensorFlow kernels are {@code [kH, kW, in, out]}; DL4J's are {@code [out, in, kH, kW]}. */
    private static INDArray toDl4jKernelLayout(Path file, Vgg16Architecture.Convolution convolution,
                                               INDArray kernel) {
        long[] expected = {Vgg16Architecture.KERNEL_SIZE, Vgg16Architecture.KERNEL_SIZE,
                convolution.inputChannels(), convolution.outputChannels()};
        if (!Arrays.equals(kernel.shape(), expected)) {
            throw new LocalizerException("Keras file " + file + ": kernel of " + convolution.name() + " has shape "
                    + Arrays.toString(kernel.shape()) + " where VGG16 with TensorFlow kernel order needs "
                    + Arrays.toString(expected) + ". Theano-ordered files are not supported; name "
                    + KERAS_NOTOP_FILE + ".");
        }
        return kernel.permute(3, 2, 0, 1).dup('c');
    }
}
