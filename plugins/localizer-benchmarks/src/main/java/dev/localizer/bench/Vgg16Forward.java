package dev.localizer.bench;

import dev.localizer.engine.backend.Backends;
import dev.localizer.engine.backend.Device;
import dev.localizer.engine.model.vgg16.Vgg16Architecture;
import dev.localizer.engine.model.vgg16.Vgg16Backbone;
import dev.localizer.engine.model.vgg16.Vgg16LayerBlocks;
import dev.localizer.engine.model.vgg16.Vgg16Weights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward images/s of the VGG16 convolutional base (random weights) at one batch size, through the engine's
 * backbone ({@code ops}: ND4J ops, channels-last) or the same network as DL4J layers ({@code layers}, with the
 * oneDNN helpers), for comparison with the PyTorch peer.
 *
 * <p>Usage: {@code Vgg16Forward ops|layers BATCH REPEATS SIZE}. Prints
 * {@code <implementation> batch=B median_s=… images_per_s=… vmhwm_kb=…}.
 */
public final class Vgg16Forward {

    private Vgg16Forward() {
    }

    public static void main(String[] args) {
        String implementation = args[0];
        int batch = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        int size = Integer.parseInt(args[3]);
        System.out.println("# " + Backends.initialize(Device.CPU).describe());
        Vgg16Weights weights = Vgg16Weights.random(Vgg16Architecture.STANDARD, 1);
        INDArray images = Nd4j.rand(DataType.FLOAT, batch, 3, size, size);
        UnaryOperator<INDArray> forward = switch (implementation) {
            case "ops" -> Vgg16Backbone.frozen(weights, size, size)::features;
            case "layers" -> layerNetwork(weights, size)::outputSingle;
            default -> throw new IllegalArgumentException("Implementation must be ops or layers: " + implementation);
        };
        forward.apply(images); // warm-up: first call allocates and picks kernels
        double[] seconds = new double[repeats];
        for (int repeat = 0; repeat < repeats; repeat++) {
            long start = System.nanoTime();
            forward.apply(images);
            seconds[repeat] = (System.nanoTime() - start) / 1e9;
        }
        double median = Medians.of(seconds);
        System.out.printf("%s batch=%d median_s=%.3f images_per_s=%.3f vmhwm_kb=%d%n", implementation, batch, median,
                batch / median, peakResidentKilobytes());
    }

    /** {@code VmHWM} of {@code /proc/self/status} in kB: peak resident memory, heap, off-heap and natives. */
    static long peakResidentKilobytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static ComputationGraph layerNetwork(Vgg16Weights weights, int size) {
        Vgg16LayerBlocks blocks = new Vgg16LayerBlocks(weights, 1, Vgg16Architecture.BLOCKS);
        ComputationGraphConfiguration.GraphBuilder graph = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT).graphBuilder().addInputs("in");
        graph.setOutputs(blocks.appendTo(graph, "in")).setInputTypes(InputType.convolutional(size, size, 3));
        ComputationGraph net = new ComputationGraph(graph.build());
        net.init();
        blocks.copyWeightsInto(net);
        return net;
    }
}
