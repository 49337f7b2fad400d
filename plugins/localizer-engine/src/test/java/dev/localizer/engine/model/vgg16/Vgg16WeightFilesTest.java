package dev.localizer.engine.model.vgg16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.localizer.engine.LocalizerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class Vgg16WeightFilesTest {

    private static final Vgg16Architecture TINY = Vgg16BackboneTest.TINY;

    @TempDir
    Path folder;

    @Test
    void readsTheConvolutionsOfAModelStoreShapedZipAndIgnoresItsDenseLayers() throws IOException {
        Vgg16Weights written = Vgg16Weights.random(TINY, 5);
        Path zip = writeGraphZip(written, 5, true);
        Vgg16Weights read = Vgg16WeightFiles.load(zip, TINY);
        assertSameWeights(written, read);
        assertEquals(zip.toString(), read.source());
    }

    @Test
    void zipOfAnotherWidthFailsNamingTheLayerAndShapes() throws IOException {
        Path zip = writeGraphZip(Vgg16Weights.random(TINY, 5), 5, false);
        Vgg16Architecture wider = new Vgg16Architecture(List.of(2, 3, 4, 5, 7));
        LocalizerException error = assertThrows(LocalizerException.class, () -> Vgg16WeightFiles.load(zip, wider));
        assertTrue(error.getMessage().contains("block5_conv1 kernel has shape [6, 5, 3, 3]"), error.getMessage());
        assertTrue(error.getMessage().contains("[7, 5, 3, 3]"), error.getMessage());
    }

    @Test
    void zipWithTooFewConvolutionsFailsWithTheCount() throws IOException {
        Path zip = writeGraphZip(Vgg16Weights.random(TINY, 5), 2, false);
        LocalizerException error = assertThrows(LocalizerException.class, () -> Vgg16WeightFiles.load(zip, TINY));
        assertTrue(error.getMessage().contains("hold 4 convolution layers; VGG16 has 13"), error.getMessage());
    }

    @Test
    void zipThatIsNoNetworkFails() throws IOException {
        Path zip = folder.resolve("photos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        LocalizerException error = assertThrows(LocalizerException.class, () -> Vgg16WeightFiles.load(zip, TINY));
        assertTrue(error.getMessage().contains("no configuration.json"), error.getMessage());
    }

    @Test
    void fileThatIsNeitherZipNorHdf5Fails() throws IOException {
        Path text = Files.writeString(folder.resolve("weights.h5"), "not weights");
        LocalizerException error = assertThrows(LocalizerException.class, () -> Vgg16WeightFiles.load(text, TINY));
        assertTrue(error.getMessage().contains("neither a zip nor an HDF5 file"), error.getMessage());
    }

    @Test
    void missingFileFails() {
        Path absent = folder.resolve("absent.h5");
        LocalizerException error = assertThrows(LocalizerException.class, () -> Vgg16WeightFiles.load(absent, TINY));
        assertTrue(error.getMessage().contains(absent.toString()), error.getMessage());
    }

    @Test
    void readsKeras2Hdf5WithTensorFlowKernelOrder() {
        Vgg16Weights written = Vgg16Weights.random(TINY, 9);
        Path h5 = writeKerasHdf5(written, TINY.convolutions().size(), true);
        assertSameWeights(written, Vgg16WeightFiles.load(h5, TINY));
    }

    @Test
    void readsKeras1Hdf5WithDatasetsDirectlyInTheLayerGroup() {
        Vgg16Weights written = Vgg16Weights.random(TINY, 10);
        Path h5 = writeKerasHdf5(written, TINY.convolutions().size(), false);
        assertSameWeights(written, Vgg16WeightFiles.load(h5, TINY));
    }

    @Test
    void hdf5WithoutALayerFailsListingTheLayersItHas() {
        Path h5 = writeKerasHdf5(Vgg16Weights.random(TINY, 9), 12, true);
        LocalizerException error = assertThrows(LocalizerException.class, () -> Vgg16WeightFiles.load(h5, TINY));
        assertTrue(error.getMessage().contains("no weights for layer block5_conv3"), error.getMessage());
        assertTrue(error.getMessage().contains("block5_conv2"), error.getMessage());
    }

    /** A DL4J graph of VGG16 blocks 1..{@code blocks}, optionally topped by dense layers like the zoo's zip. */
    private Path writeGraphZip(Vgg16Weights weights, int blocks, boolean denseTop) throws IOException {
        return writeGraphZip(folder.resolve("vgg16-" + blocks + ".zip"), weights, blocks, denseTop);
    }

    static Path writeGraphZip(Path zip, Vgg16Weights weights, int blocks, boolean denseTop) throws IOException {
        Vgg16LayerBlocks layers = new Vgg16LayerBlocks(weights, 1, blocks);
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).graphBuilder().addInputs("input_1");
        String output = layers.appendTo(graph, "input_1");
        if (denseTop) {
            graph.addLayer("fc1", new DenseLayer.Builder().nOut(4).build(), output);
            graph.addLayer("predictions", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                    .build(), "fc1");
            output = "predictions";
        }
        graph.setOutputs(output).setInputTypes(InputType.convolutional(64, 64, 3));
        ComputationGraph net = new ComputationGraph(graph.build());
        net.init();
        layers.copyWeightsInto(net);
        ModelSerializer.writeModel(net, zip.toFile(), false);
        return zip;
    }

    /**
     * Keras layout: one group per layer, the datasets in a nested group of the same name (Keras 2:
     * {@code kernel:0}, {@code bias:0}) or directly in it (Keras 1: {@code block1_conv1_W_1:0}, …).
     */
    private Path writeKerasHdf5(Vgg16Weights weights, int layers, boolean keras2) {
        Path h5 = folder.resolve(keras2 ? "keras2.h5" : "keras1.h5");
        try (H5File file = new H5File(h5.toString(), hdf5.H5F_ACC_TRUNC)) {
            List<Vgg16Architecture.Convolution> convolutions = weights.architecture().convolutions();
            for (int i = 0; i < layers; i++) {
                String name = convolutions.get(i).name();
                try (Group layer = file.createGroup(name)) {
                    Group datasets = keras2 ? layer.createGroup(name) : layer;
                    INDArray tensorFlowKernel = weights.kernels().get(i).permute(2, 3, 1, 0).dup('c');
                    writeDataset(datasets, keras2 ? "kernel:0" : name + "_W_1:0", tensorFlowKernel);
                    writeDataset(datasets, keras2 ? "bias:0" : name + "_b_1:0", weights.biases().get(i));
                    if (keras2) {
                        datasets.close();
                    }
                }
            }
        }
        return h5;
    }

    private static void writeDataset(Group group, String name, INDArray values) {
        try (DataSpace space = new DataSpace(values.rank(), values.shape());
             FloatPointer data = new FloatPointer(values.castTo(DataType.FLOAT).dup('c').data().asFloat());
             DataSet dataset = group.createDataSet(name, PredType.NATIVE_FLOAT(), space)) {
            dataset.write(data, PredType.NATIVE_FLOAT());
        }
    }

    static void assertSameWeights(Vgg16Weights expected, Vgg16Weights actual) {
        for (int i = 0; i < expected.kernels().size(); i++) {
            assertEquals(expected.kernels().get(i), actual.kernels().get(i).castTo(DataType.FLOAT), "kernel " + i);
            assertEquals(expected.biases().get(i), actual.biases().get(i).castTo(DataType.FLOAT), "bias " + i);
        }
    }
}
