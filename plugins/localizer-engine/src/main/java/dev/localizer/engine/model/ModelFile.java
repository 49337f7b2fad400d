package dev.localizer.engine.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.localizer.engine.ClassNames;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Weights;

/**
 * The model file: a zip holding {@value #MANIFEST} (the {@link ModelManifest} as JSON), {@value #NETWORK} (the
 * network as written by DL4J's ModelSerializer, without optimizer state) and, for a model on a frozen pretrained
 * base, {@value #BACKBONE} (the base's weights as ND4J binary arrays).
 *
 * <p>Reading is defensive, since model files travel between users: every entry is size-limited while it is read,
 * the manifest is checked before the network is touched (format name, version not newer than this reader), and
 * the network zip may only hold DL4J's configuration and parameter entries, whose readers are JSON and ND4J's
 * binary format, whose declared lengths are checked against the bytes first ({@link Nd4jBinary}). No Java object
 * deserialization is involved.
 */
final class ModelFile {

    static final String MANIFEST = "manifest.json";
    static final String NETWORK = "network.zip";
    /** The frozen pretrained base's weights (VGG16 kernels and biases as ND4J binary arrays), when there is one. */
    static final String BACKBONE = "backbone.bin";
    static final long MAX_MANIFEST_BYTES = 1L << 20;
    /** VGG16 with its head is about 60 MB; this leaves room for larger inputs and heads. */
    static final long MAX_NETWORK_BYTES = 1L << 30;
    /** The network's parameters, one ND4J array, as ModelSerializer writes them. */
    private static final String NETWORK_PARAMETERS = "coefficients.bin";
    private static final Set<String> NETWORK_ENTRIES = Set.of("configuration.json", NETWORK_PARAMETERS);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // an unknown backbone reads as null, so that parseManifest refuses the file as damaged, naming it
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private ModelFile() {
    }

    static void write(LocalizerModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(model, out);
        }
    }

    static void write(LocalizerModel model, OutputStream out) throws IOException {
        ByteArrayOutputStream network = new ByteArrayOutputStream();
        ModelSerializer.writeModel(model.network(), network, false);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writeValueAsBytes(model.manifest()));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(NETWORK));
        network.writeTo(zip);
        zip.closeEntry();
        if (model.pretrainedBase().isPresent()) {
            zip.putNextEntry(new ZipEntry(BACKBONE));
            Vgg16Localizer.writeWeights(model.pretrainedBase().get().weights(), new DataOutputStream(zip));
            zip.closeEntry();
        }
        zip.finish();
    }

    static LocalizerModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new LocalizerException("Model file " + file + " does not exist: check the path, or train a model first");
        } catch (IOException e) {
            throw new LocalizerException("Could not read model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source how to name the file in messages */
    static LocalizerModel read(InputStream in, String source) {
        Backends.current();
        ModelManifest manifest = null;
        byte[] network = null;
        byte[] backbone = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                switch (entry.getName()) {
                    case MANIFEST -> manifest = parseManifest(readLimited(zip, MAX_MANIFEST_BYTES, source, MANIFEST), source);
                    case NETWORK -> {
                        if (manifest == null) {
                            throw foreign(source, "its network comes before its manifest");
                        }
                        network = readLimited(zip, MAX_NETWORK_BYTES, source, NETWORK);
                    }
                    case BACKBONE -> {
                        if (manifest == null) {
                            throw foreign(source, "its backbone comes before its manifest");
                        }
                        backbone = readLimited(zip, MAX_NETWORK_BYTES, source, BACKBONE);
                    }
                    default -> throw foreign(source, "it holds an unexpected entry '" + entry.getName() + "'");
                }
            }
        } catch (EOFException | ZipException e) {
            throw damaged(source, e);
        } catch (IOException e) {
            throw new LocalizerException("Could not read model file " + source + ": " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw foreign(source, "it has no " + MANIFEST);
        }
        if (network == null) {
            throw damaged(source, new EOFException("no " + NETWORK + " entry"));
        }
        ComputationGraph graph = restoreNetwork(network, source);
        LocalizerModel.PretrainedBase base = restoreBase(manifest, backbone, source);
        checkNetworkFitsManifest(graph, manifest, base, source);
        return new LocalizerModel(graph, manifest, base);
    }

    private static LocalizerModel.PretrainedBase restoreBase(ModelManifest manifest, byte[] backbone, String source) {
        if (manifest.backbone() != Backbone.VGG16) {
            return null;
        }
        if (backbone == null) {
            throw damaged(source, new EOFException("no " + BACKBONE + " entry for its " + Backbone.VGG16 + " base"));
        }
        try {
            Nd4jBinary.requireArrays(backbone, 2 * Vgg16Architecture.STANDARD.convolutions().size(), BACKBONE);
            Vgg16Weights weights = Vgg16Localizer.readWeights(new DataInputStream(new ByteArrayInputStream(backbone)),
                    Backbone.VGG16 + " base of " + source);
            return new LocalizerModel.PretrainedBase(
                    Vgg16Localizer.frozenPart(weights, manifest.inputHeight(), manifest.inputWidth(),
                            manifest.lastBlockFineTuned()), weights);
        } catch (IOException | RuntimeException e) {
            throw damaged(source, e);
        }
    }

    private static ModelManifest parseManifest(byte[] json, String source) {
        ModelManifest manifest;
        try {
            manifest = JSON.readValue(json, ModelManifest.class);
        } catch (JsonProcessingException e) {
            throw foreign(source, "its manifest is not a localizer manifest (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw damaged(source, e);
        }
        if (!ModelManifest.FORMAT.equals(manifest.format())) {
            throw foreign(source, "its manifest names format '" + manifest.format() + "'");
        }
        if (manifest.formatVersion() > ModelManifest.FORMAT_VERSION) {
            throw new LocalizerException("Model file " + source + " has format version " + manifest.formatVersion()
                    + ", but this Localizer reads versions up to " + ModelManifest.FORMAT_VERSION
                    + ": it was written by a newer Localizer. Update the Localizer to use it.");
        }
        if (manifest.formatVersion() < 1 || manifest.classNames().isEmpty() || manifest.lossWeights() == null) {
            throw foreign(source, "its manifest is incomplete (format version " + manifest.formatVersion()
                    + ", classes " + manifest.classNames() + ")");
        }
        if (!Set.of(ModelManifest.LOGITS, ModelManifest.PROBABILITIES).contains(manifest.networkOutputs())) {
            throw damaged(source, "its manifest gives the network outputs '"
                    + ClassNames.printable(String.valueOf(manifest.networkOutputs())) + "', expected "
                    + ModelManifest.LOGITS + " or " + ModelManifest.PROBABILITIES);
        }
        if (manifest.backbone() == null) {
            throw damaged(source, "its manifest names the backbone '" + ClassNames.printable(backboneName(json))
                    + "', expected " + String.join(" or ", Backbone.settingNames()));
        }
        checkManifestValues(manifest, source);
        return manifest;
    }

    /** The backbone a manifest names as text, for the message that refuses it. */
    private static String backboneName(byte[] json) {
        try {
            return JSON.readTree(json).path("backbone").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Refuses manifest values that no Localizer writes, before anything is built from them. */
    private static void checkManifestValues(ModelManifest manifest, String source) {
        int height = manifest.inputHeight();
        int width = manifest.inputWidth();
        if (Math.min(height, width) < InputEncoding.MIN_SIDE || Math.max(height, width) > InputEncoding.MAX_SIDE) {
            throw damaged(source, "its manifest gives an input of " + width + "×" + height + " px, outside the "
                    + InputEncoding.MIN_SIDE + " to " + InputEncoding.MAX_SIDE + " px that models have");
        }
        List<String> rgb = new InputEncoding(height, width, false).channelNames();
        List<String> withCoordinates = new InputEncoding(height, width, true).channelNames();
        boolean vgg16 = manifest.backbone() == Backbone.VGG16;
        if (!manifest.inputChannels().equals(rgb) && (vgg16 || !manifest.inputChannels().equals(withCoordinates))) {
            throw damaged(source, "its manifest lists the input channels " + ClassNames.printable(
                    String.valueOf(manifest.inputChannels())) + ", expected " + rgb
                    + (vgg16 ? " for a " + Backbone.VGG16 + " model" : " or " + withCoordinates));
        }
        if (!InputEncoding.NORMALIZATION.equals(manifest.normalization())) {
            throw damaged(source, "its manifest gives the input normalization '"
                    + ClassNames.printable(String.valueOf(manifest.normalization())) + "', expected "
                    + InputEncoding.NORMALIZATION);
        }
        try {
            ClassNames.check(manifest.classNames());
        } catch (LocalizerException e) {
            throw damaged(source, "its manifest's classes are wrong: " + e.getMessage());
        }
    }

    /**
     * Refuses a network that the manifest does not describe: one image of the manifest's input (or the base's
     * features of it) runs through the network, which must answer with a box, a presence and, for several
     * classes, one probability per class name.
     */
    private static void checkNetworkFitsManifest(ComputationGraph network, ModelManifest manifest,
                                                 LocalizerModel.PretrainedBase base, String source) {
        long[] inputShape = base == null
                ? new long[] {manifest.inputChannels().size(), manifest.inputHeight(), manifest.inputWidth()}
                : base.backbone().featureShape();
        String input = "its manifest's input (" + manifest.inputWidth() + "×" + manifest.inputHeight() + " px, "
                + manifest.inputChannels().size() + " channels)";
        INDArray[] outputs;
        try {
            long[] batchShape = new long[inputShape.length + 1];
            batchShape[0] = 1;
            System.arraycopy(inputShape, 0, batchShape, 1, inputShape.length);
            outputs = network.output(false, Nd4j.zeros(DataType.FLOAT, batchShape));
        } catch (RuntimeException e) {
            throw damaged(source, input + " does not fit its network");
        }
        int classes = manifest.classNames().size();
        int expectedOutputs = manifest.hasClassHead() ? 3 : 2;
        if (outputs.length != expectedOutputs || outputs[0].length() != 4 || outputs[1].length() != 1) {
            throw damaged(source, "its network has " + outputs.length + " outputs, not the box, presence"
                    + (manifest.hasClassHead() ? " and class" : "") + " outputs of a model of " + classes
                    + (classes == 1 ? " class" : " classes"));
        }
        if (manifest.hasClassHead() && outputs[2].length() != classes) {
            throw damaged(source, "its manifest names " + classes + " classes, its network has " + outputs[2].length()
                    + " class outputs");
        }
    }

    private static ComputationGraph restoreNetwork(byte[] network, String source) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(network))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!NETWORK_ENTRIES.contains(entry.getName())) {
                    throw foreign(source, "its network holds an entry '" + entry.getName() + "' that is not read");
                }
                if (entry.getName().equals(NETWORK_PARAMETERS)) {
                    Nd4jBinary.requireArrays(zip.readAllBytes(), 1, NETWORK_PARAMETERS);
                }
            }
        } catch (IOException e) {
            throw damaged(source, e);
        }
        try {
            return ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(network), false);
        } catch (IOException | RuntimeException e) {
            throw damaged(source, e);
        }
    }

    private static byte[] readLimited(InputStream in, long limit, String source, String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit) {
                throw foreign(source, "its entry " + entry + " is larger than the " + limit + " bytes allowed");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static LocalizerException foreign(String source, String why) {
        return new LocalizerException("File " + source + " is not a Localizer model file: " + why
                + ". Choose a model written by the Localizer Learner node or the 'localizer train' command.");
    }

    private static LocalizerException damaged(String source, Exception cause) {
        return new LocalizerException("Model file " + source + " is damaged: " + cause.getMessage()
                + "; copy or save it again", cause);
    }

    private static LocalizerException damaged(String source, String why) {
        return new LocalizerException("Model file " + source + " is damaged: " + why + "; copy or save it again");
    }
}
