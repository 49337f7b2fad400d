package dev.localizer.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.TestScenes;
import dev.localizer.engine.loss.LossWeights;
import dev.localizer.engine.scene.Scene;

class ModelFileTest {

    private static LocalizerModel model;
    private static byte[] modelBytes;

    @TempDir
    Path folder;

    @BeforeAll
    static void createModel() throws IOException {
        TrainingSummary summary = new TrainingSummary(2, 640, 1.5, 0.9, Double.NaN, 0.7, 0.98, 0.91, 42, "CPU backend", true);
        model = LocalizerModel.createCompact(new InputEncoding(32, 32, true), TestScenes.CLASSES,
                new LossWeights(2.0, 0.25, 1.5), 3, 1e-3).withTraining(summary);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(model, bytes);
        modelBytes = bytes.toByteArray();
    }

    @Test
    void savedModelsLoadWithTheSameManifestAndPredictions() throws IOException {
        Path file = folder.resolve("models/model.zip");
        model.save(file);

        LocalizerModel loaded = LocalizerModel.load(file);

        assertEquals(model.manifest(), loaded.manifest());
        List<Scene> scenes = new TestScenes(1, 48, 3).take(4);
        INDArray input = model.inputEncoding().encode(scenes.stream().map(Scene::image).toList());
        INDArray[] before = model.network().output(false, input);
        INDArray[] after = loaded.network().output(false, input);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i]);
        }
    }

    @Test
    void newModelsOutputLogitsAndTheirEstimatesAreTheSigmoidsAndSoftmaxOfThem() {
        INDArray input = model.inputEncoding().encode(new TestScenes(1, 48, 3).take(2).stream().map(Scene::image).toList());
        INDArray[] logits = model.network().output(false, input);

        NetworkOutputs estimates = model.outputs(input);

        assertTrue(model.manifest().outputsLogits());
        for (int i = 0; i < 2; i++) {
            assertEquals(1 / (1 + Math.exp(-logits[0].getDouble(i, 2))), estimates.box(i)[2], 1e-6);
            assertEquals(1 / (1 + Math.exp(-logits[1].getDouble(i, 0))), estimates.presence(i), 1e-6);
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += Math.exp(logits[2].getDouble(i, c));
            }
            assertEquals(Math.exp(logits[2].getDouble(i, 1)) / sum, estimates.classProbabilities(i)[1], 1e-6);
        }
    }

    /**
     * A file as Localizers before format version 2 wrote it: sigmoid and softmax output layers trained with
     * probability-based cross-entropies, and a manifest of version 1 without {@code networkOutputs}. It must
     * predict exactly what its network outputs, as it did then, and keep saying so when saved again.
     */
    @Test
    void filesOfFormatVersionOneWithProbabilityOutputsPredictAsBefore() throws IOException {
        ComputationGraph oldNetwork = probabilityOutputNetwork(model.inputEncoding(), 3);
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        ModelSerializer.writeModel(oldNetwork, network, false);
        String manifest = new String(entry(modelBytes, ModelFile.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : " + ModelManifest.FORMAT_VERSION, "\"formatVersion\" : 1")
                .replaceAll(",\\s*\"networkOutputs\" : \"logits\"", "");
        assertTrue(!manifest.contains("networkOutputs") && manifest.contains("\"formatVersion\" : 1"), manifest);
        Path file = folder.resolve("version-1.zip");
        writeZip(file, ModelFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8), ModelFile.NETWORK, network.toByteArray());

        LocalizerModel loaded = LocalizerModel.load(file);

        assertEquals(ModelManifest.PROBABILITIES, loaded.manifest().networkOutputs());
        INDArray input = model.inputEncoding().encode(new TestScenes(2, 48, 3).take(3).stream().map(Scene::image).toList());
        INDArray[] probabilities = oldNetwork.output(false, input);
        NetworkOutputs estimates = loaded.outputs(input);
        for (int i = 0; i < 3; i++) {
            assertEquals(probabilities[0].getDouble(i, 1), estimates.box(i)[1], 0);
            assertEquals(probabilities[1].getDouble(i, 0), estimates.presence(i), 0);
            assertEquals(probabilities[2].getDouble(i, 2), estimates.classProbabilities(i)[2], 0);
        }
        Path again = folder.resolve("saved-again.zip");
        loaded.save(again);
        assertEquals(ModelManifest.PROBABILITIES, LocalizerModel.load(again).manifest().networkOutputs());
    }

    /**
     * Compact networks trained before 2026-12-02 normalize every block (convolution, batch normalization, ReLU);
     * their files keep loading and predict with their own layers and running statistics.
     */
    @Test
    void compactModelsWithBatchNormalizationPredictAsBefore() throws IOException {
        InputEncoding input = model.inputEncoding();
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder().seed(9)
                .dataType(DataType.FLOAT).updater(new Adam(0.05)).convolutionMode(ConvolutionMode.Same).graphBuilder()
                .addInputs("image").setInputTypes(InputType.convolutional(input.height(), input.width(), input.channels()))
                .addLayer("conv1", new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(6).hasBias(false)
                        .activation(Activation.IDENTITY).build(), "image")
                .addLayer("conv1_bn", new BatchNormalization.Builder().build(), "conv1")
                .addLayer("conv1_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), "conv1_bn")
                .addLayer("head", new DenseLayer.Builder().nOut(8).activation(Activation.RELU).build(), "conv1_relu");
        LocalizerOutputs.add(graph, "head", TestScenes.CLASSES.size(), LossWeights.DEFAULT);
        ComputationGraph network = new ComputationGraph(graph.build());
        network.init();
        List<Scene> scenes = new TestScenes(4, 48, 3).take(8);
        INDArray images = input.encode(scenes.stream().map(Scene::image).toList());
        INDArray presence = Nd4j.ones(DataType.FLOAT, 8, 1);
        INDArray classes = Nd4j.zeros(DataType.FLOAT, 8, TestScenes.CLASSES.size());
        classes.getColumn(0).assign(1);
        network.fit(new MultiDataSet(new INDArray[] {images},
                new INDArray[] {Nd4j.rand(DataType.FLOAT, 8, 4), presence, classes}));
        INDArray runningMean = network.getLayer("conv1_bn").getParam("mean");
        assertTrue(runningMean.amaxNumber().doubleValue() > 0, "a training step moved the running mean: " + runningMean);
        LocalizerModel old = new LocalizerModel(network, model.manifest());
        Path file = folder.resolve("normalized.zip");
        old.save(file);

        LocalizerModel loaded = LocalizerModel.load(file);

        INDArray[] before = network.output(false, images);
        INDArray[] after = loaded.network().output(false, images);
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], after[i]);
        }
        assertEquals(old.outputs(images).box(3)[2], loaded.outputs(images).box(3)[2], 0);
    }

    @Test
    void unknownNetworkOutputsAreDamaged() throws IOException {
        String manifest = new String(entry(modelBytes, ModelFile.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"networkOutputs\" : \"logits\"", "\"networkOutputs\" : \"odds\"");
        Path file = folder.resolve("odds.zip");
        writeZip(file, ModelFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8), ModelFile.NETWORK,
                entry(modelBytes, ModelFile.NETWORK));

        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file));

        assertTrue(error.getMessage().contains("network outputs 'odds'"), error.getMessage());
    }

    /** The output layers as they were before format version 2, on a small dense body. */
    private static ComputationGraph probabilityOutputNetwork(InputEncoding input, int classCount) {
        LossWeights weights = LossWeights.DEFAULT;
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder().seed(5)
                .dataType(DataType.FLOAT).graphBuilder().addInputs("image")
                .setInputTypes(InputType.convolutional(input.height(), input.width(), input.channels()))
                .addLayer("head", new DenseLayer.Builder().nOut(8).activation(Activation.RELU).build(), "image")
                .addLayer(LocalizerOutputs.BOX, new OutputLayer.Builder(new LossBinaryXENT(1e-7,
                        Nd4j.valueArrayOf(new long[] {1, 4}, weights.box() / 4, DataType.FLOAT)))
                        .nOut(4).activation(Activation.SIGMOID).build(), "head")
                .addLayer(LocalizerOutputs.PRESENCE, new OutputLayer.Builder(new LossBinaryXENT(1e-7,
                        Nd4j.valueArrayOf(new long[] {1, 1}, weights.presence(), DataType.FLOAT)))
                        .nOut(1).activation(Activation.SIGMOID).build(), "head")
                .addLayer(LocalizerOutputs.CLASS, new OutputLayer.Builder(new LossMCXENT(1e-7,
                        Nd4j.valueArrayOf(new long[] {1, classCount}, weights.classes(), DataType.FLOAT)))
                        .nOut(classCount).activation(Activation.SOFTMAX).build(), "head")
                .setOutputs(LocalizerOutputs.BOX, LocalizerOutputs.PRESENCE, LocalizerOutputs.CLASS);
        ComputationGraph network = new ComputationGraph(graph.build());
        network.init();
        return network;
    }

    @Test
    void manifestIsReadableJsonWithTheModelsFacts() throws IOException {
        String manifest = new String(entry(modelBytes, ModelFile.MANIFEST), StandardCharsets.UTF_8);

        assertTrue(manifest.contains("\"format\" : \"localizer-model\""), manifest);
        assertTrue(manifest.contains("\"backbone\" : \"compact\""), manifest);
        assertTrue(manifest.contains("\"row\""), manifest);
        assertTrue(manifest.contains("\"green\""), manifest);
    }

    @Test
    void truncatedFilesAreRejectedAsDamaged() throws IOException {
        Path file = folder.resolve("truncated.zip");
        Files.write(file, Arrays.copyOf(modelBytes, modelBytes.length * 2 / 3));

        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file));

        assertTrue(error.getMessage().contains(" is damaged: "), error.getMessage());
    }

    @Test
    void corruptNetworkDataIsRejectedAsDamaged() throws IOException {
        Path file = folder.resolve("corrupt.zip");
        byte[] network = entry(modelBytes, ModelFile.NETWORK);
        Arrays.fill(network, network.length / 3, network.length / 2, (byte) 7);
        writeZip(file, ModelFile.MANIFEST, entry(modelBytes, ModelFile.MANIFEST), ModelFile.NETWORK, network);

        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file));

        assertTrue(error.getMessage().contains(" is damaged: "), error.getMessage());
    }

    @Test
    void otherFilesAreRejectedAsForeign() throws IOException {
        Path zip = folder.resolve("photos.zip");
        writeZip(zip, "holiday.png", new byte[] {1, 2, 3});
        Path text = folder.resolve("notes.zip");
        Files.writeString(text, "not a zip at all");

        LocalizerException fromZip = assertThrows(LocalizerException.class, () -> LocalizerModel.load(zip));
        LocalizerException fromText = assertThrows(LocalizerException.class, () -> LocalizerModel.load(text));

        assertTrue(fromZip.getMessage().contains("is not a Localizer model file"), fromZip.getMessage());
        assertTrue(fromZip.getMessage().contains("holiday.png"), fromZip.getMessage());
        assertTrue(fromText.getMessage().contains("is not a Localizer model file"), fromText.getMessage());
    }

    @Test
    void javaSerializedEntriesInsideTheNetworkAreRefused() throws IOException {
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(network)) {
            zip.putNextEntry(new ZipEntry("configuration.json"));
            zip.write(entry(entry(modelBytes, ModelFile.NETWORK), "configuration.json"));
            zip.putNextEntry(new ZipEntry("normalizer.bin"));
            zip.write(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});
        }
        Path file = folder.resolve("sneaky.zip");
        writeZip(file, ModelFile.MANIFEST, entry(modelBytes, ModelFile.MANIFEST), ModelFile.NETWORK, network.toByteArray());

        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file));

        assertTrue(error.getMessage().contains("normalizer.bin"), error.getMessage());
    }

    @Test
    void forgedParameterLengthsAreRejectedBeforeNd4jReadsThem() throws IOException {
        ByteArrayOutputStream parameters = new ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(parameters);
        out.writeUTF("MIXED_DATA_TYPES");
        out.writeLong(1L << 40); // a shape buffer of 8 TB
        out.writeUTF("LONG");
        out.flush();
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(network)) {
            zip.putNextEntry(new ZipEntry("configuration.json"));
            zip.write(entry(entry(modelBytes, ModelFile.NETWORK), "configuration.json"));
            zip.putNextEntry(new ZipEntry("coefficients.bin"));
            zip.write(parameters.toByteArray());
        }
        Path file = folder.resolve("forged.zip");
        writeZip(file, ModelFile.MANIFEST, entry(modelBytes, ModelFile.MANIFEST), ModelFile.NETWORK, network.toByteArray());

        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file));

        assertTrue(error.getMessage().contains("is damaged: coefficients.bin declares 1099511627776 values"),
                error.getMessage());
    }

    /** The model file with its manifest's JSON edited by {@code edit}. */
    private Path withManifest(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
        String manifest = new String(entry(modelBytes, ModelFile.MANIFEST), StandardCharsets.UTF_8);
        String edited = edit.apply(manifest);
        assertTrue(!edited.equals(manifest), "the edit changes the manifest");
        Path file = folder.resolve(name);
        writeZip(file, ModelFile.MANIFEST, edited.getBytes(StandardCharsets.UTF_8), ModelFile.NETWORK,
                entry(modelBytes, ModelFile.NETWORK));
        return file;
    }

    private String damagedMessage(Path file) {
        String message = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file)).getMessage();
        assertTrue(message.startsWith("Model file " + file + " is damaged: ") && message.endsWith("; copy or save it again"),
                message);
        return message;
    }

    @Test
    void manifestsThatDoNotDescribeTheirNetworkAreDamaged() throws IOException {
        String otherSize = damagedMessage(withManifest("size.zip", json -> json.replace("\"inputHeight\" : 32",
                "\"inputHeight\" : 97").replace("\"inputWidth\" : 32", "\"inputWidth\" : 97")));
        assertTrue(otherSize.contains("its manifest's input (97×97 px, 5 channels) does not fit its network"), otherSize);

        String fewerChannels = damagedMessage(withManifest("channels.zip", json -> json.replaceAll(
                ",\\s*\"row\",\\s*\"column\"", "")));
        assertTrue(fewerChannels.contains("(32×32 px, 3 channels) does not fit its network"), fewerChannels);

        String moreClasses = damagedMessage(withManifest("classes.zip", json -> json.replaceFirst(
                "\"classNames\" : \\[", "\"classNames\" : [ \"extra\",")));
        assertTrue(moreClasses.contains("its manifest names 4 classes, its network has 3 class outputs"), moreClasses);
    }

    @Test
    void absurdManifestValuesAreRefusedBeforeTheNetworkIsBuilt() throws IOException {
        String huge = damagedMessage(withManifest("huge.zip", json -> json.replace("\"inputHeight\" : 32",
                "\"inputHeight\" : 100000").replace("\"inputWidth\" : 32", "\"inputWidth\" : 100000")));
        assertTrue(huge.contains("an input of 100000×100000 px, outside the 8 to 1024 px that models have"), huge);

        String large = damagedMessage(withManifest("large.zip", json -> json.replace("\"inputHeight\" : 32",
                "\"inputHeight\" : 4096").replace("\"inputWidth\" : 32", "\"inputWidth\" : 4096")));
        assertTrue(large.contains("4096×4096 px"), large);

        String channels = damagedMessage(withManifest("odd-channels.zip", json -> json.replace("\"row\"", "\"alpha\"")));
        assertTrue(channels.contains("its manifest lists the input channels [red, green, blue, alpha, column]"), channels);

        String backbone = damagedMessage(withManifest("resnet.zip", json -> json.replace("\"backbone\" : \"compact\"",
                "\"backbone\" : \"resnet\"")));
        assertTrue(backbone.contains("its manifest names the backbone 'resnet', expected compact or vgg16"), backbone);
        String noBackbone = damagedMessage(withManifest("no-backbone.zip",
                json -> json.replace("\"backbone\" : \"compact\",", "")));
        assertTrue(noBackbone.contains("its manifest names the backbone '', expected compact or vgg16"), noBackbone);

        String escape = damagedMessage(withManifest("escape.zip", json -> json.replaceFirst(
                "\"classNames\" : \\[ \"", "\"classNames\" : [ \"\\\\u001B[31m")));
        assertTrue(escape.contains("control character U+001B") && !escape.contains("\u001B"), escape);
    }

    @Test
    void newerFormatVersionsAskForAnUpdate() throws IOException {
        String manifest = new String(entry(modelBytes, ModelFile.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : " + ModelManifest.FORMAT_VERSION, "\"formatVersion\" : 7");
        Path file = folder.resolve("future.zip");
        writeZip(file, ModelFile.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8), ModelFile.NETWORK,
                entry(modelBytes, ModelFile.NETWORK));

        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(file));

        assertTrue(error.getMessage().contains("format version 7"), error.getMessage());
        assertTrue(error.getMessage().contains("Update the Localizer"), error.getMessage());
    }

    @Test
    void missingFilesSaySo() {
        LocalizerException error = assertThrows(LocalizerException.class, () -> LocalizerModel.load(folder.resolve("none.zip")));

        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
    }

    private static byte[] entry(byte[] zipBytes, String name) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static void writeZip(Path file, Object... namesAndContents) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
            }
        }
    }
}
