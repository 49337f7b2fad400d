package dev.localizer.engine.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import dev.localizer.engine.LocalizerException;

class BackendsTest {

    @Test
    void cpuRunsTheOneDnnBuildWithLayerHelpers() {
        BackendReport report = Backends.initialize(Device.CPU);

        assertEquals("CPU", report.backend());
        assertFalse(report.isGpu());
        assertTrue(report.threads() >= 1);
        assertTrue(report.devices().get(0).startsWith("CPU ("), report.devices().toString());
        Assumptions.assumeTrue(Backends.cpuHasAvx2(), "the oneDNN build needs AVX2");
        assertEquals("linux-x86_64-onednn-avx2", report.nativeBuild());
        assertTrue(report.oneDnn());
        assertTrue(report.layerHelpers());
        assertTrue(report.describe().contains("oneDNN on"), report.describe());
    }

    @Test
    void convolutionLayersGetTheOneDnnHelper() {
        Assumptions.assumeTrue(Backends.cpuHasAvx2(), "the oneDNN build needs AVX2");
        Backends.initialize(Device.CPU);
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(2).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1).activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutional(8, 8, 1))
                .build());
        network.init();
        network.output(Nd4j.rand(1, 1, 8, 8));

        assertInstanceOf(MKLDNNConvHelper.class, network.getLayer(0).getHelper());
    }

    @Test
    void gpuIsRefusedWithAClearMessageWhenThisProcessRunsOnTheCpu() {
        Backends.initialize(Device.CPU);

        LocalizerException error = assertThrows(LocalizerException.class, () -> Backends.initialize(Device.GPU));

        assertTrue(error.getMessage().contains("'gpu'"), error.getMessage());
    }

    @Test
    void filterHidesOnlyTheNamedBackend() throws Exception {
        ClassLoader loader = getClass().getClassLoader();

        List<URL> withoutCpu = Collections.list(new BackendServiceFilter(loader, Backends.CPU_BACKEND)
                .getResources(BackendServiceFilter.BACKEND_SERVICE));
        List<URL> withoutCuda = Collections.list(new BackendServiceFilter(loader, Backends.CUDA_BACKEND)
                .getResources(BackendServiceFilter.BACKEND_SERVICE));

        assertTrue(withoutCpu.stream().noneMatch(url -> url.toString().contains("nd4j-native")), withoutCpu.toString());
        assertEquals(Collections.list(loader.getResources(BackendServiceFilter.BACKEND_SERVICE)), withoutCuda);
    }

    @Test
    void deviceSettingsParseInAnyCase() {
        assertEquals(Device.GPU, Device.parse(" Gpu "));
        assertEquals("auto", Device.AUTO.settingValue());
        LocalizerException error = assertThrows(LocalizerException.class, () -> Device.parse("tpu"));
        assertTrue(error.getMessage().contains("'tpu'"));
    }
}
