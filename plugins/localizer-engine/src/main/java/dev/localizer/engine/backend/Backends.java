package dev.localizer.engine.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;

import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

import dev.localizer.engine.LocalizerException;

/**
 * Sets ND4J up before its first use: the fast CPU natives, DL4J's oneDNN layer helpers and the device.
 *
 * <p>DL4J 1.0.0-M2.1 runs its layers 4–5× slower than it could on the CPU unless three things hold: the
 * {@code onednn-avx2} native build is loaded (it is preferred by JavaCPP when on the class path; on CPUs without
 * AVX2 the plain build is chosen instead, since the AVX2 one would crash), the system property
 * {@value #HELPERS_DISABLE_PROPERTY} is {@code false} (its default is {@code true}), and DL4J's reflective lookup
 * of {@code org.nd4j.nativeblas.Nd4jCpu$Environment} succeeds (see the compatibility class of that name).
 *
 * <p>The device can be chosen once per process, before ND4J loads; later calls report the backend in use.
 */
public final class Backends {

    /** DL4J reads this on every layer creation; {@code false} lets layers use oneDNN (CPU) or cuDNN (GPU). */
    public static final String HELPERS_DISABLE_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    /** JavaCPP's choice among native builds; empty selects the plain build. */
    static final String PLATFORM_EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    private static final String CUDNN_HELPER = "org.deeplearning4j.cuda.convolution.CudnnConvolutionHelper";

    private static BackendReport loaded;

    private Backends() {
    }

    /**
     * Loads ND4J for the given device (once per process) and reports what runs.
     *
     * @throws LocalizerException when the GPU is asked for but unavailable, or when ND4J already runs on a
     *                            different device than the one asked for
     */
    public static synchronized BackendReport initialize(Device device) {
        if (loaded == null) {
            enableLayerHelpers();
            chooseNativeBuild();
            hideUnwantedBackend(device);
            loaded = describe(device);
        }
        requireMatches(device, loaded);
        return new BackendReport(device, loaded.backend(), loaded.nativeBuild(), loaded.oneDnn(), loaded.layerHelpers(),
                loaded.threads(), loaded.devices());
    }

    /**
     * The backend in use, loading ND4J for {@link Device#AUTO} if nothing chose a device yet. Work that needs no
     * device setting (prediction, reading models) calls this, so that it too runs with the fast layer helpers.
     */
    public static synchronized BackendReport current() {
        return loaded != null ? loaded : initialize(Device.AUTO);
    }

    /** Whether this CPU can run the AVX2 native build (unknown CPUs are assumed able to, as JavaCPP does). */
    static boolean cpuHasAvx2() {
        Path cpuInfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuInfo)) {
            return true;
        }
        try {
            return Files.readAllLines(cpuInfo).stream()
                    .filter(line -> line.startsWith("flags"))
                    .findFirst()
                    .map(flags -> List.of(flags.split("\\s+")).contains("avx2"))
                    .orElse(true);
        } catch (IOException e) {
            return true;
        }
    }

    private static void enableLayerHelpers() {
        if (System.getProperty(HELPERS_DISABLE_PROPERTY) == null) {
            System.setProperty(HELPERS_DISABLE_PROPERTY, "false");
        }
    }

    private static void chooseNativeBuild() {
        boolean x86 = Loader.getPlatform().endsWith("x86_64");
        if (x86 && System.getProperty(PLATFORM_EXTENSION_PROPERTY) == null && !cpuHasAvx2()) {
            System.setProperty(PLATFORM_EXTENSION_PROPERTY, "");
        }
    }

    private static void hideUnwantedBackend(Device device) {
        ClassLoader nd4jLoader = ND4JClassLoading.getNd4jClassloader();
        switch (device) {
            case CPU -> ND4JClassLoading.setNd4jClassloader(new BackendServiceFilter(nd4jLoader, CUDA_BACKEND));
            case GPU -> {
                requireGpuBackend(nd4jLoader);
                ND4JClassLoading.setNd4jClassloader(new BackendServiceFilter(nd4jLoader, CPU_BACKEND));
            }
            case AUTO -> { }
        }
    }

    private static void requireGpuBackend(ClassLoader nd4jLoader) {
        String problem = "the CUDA backend is not installed";
        for (ServiceLoader.Provider<Nd4jBackend> provider : ServiceLoader.load(Nd4jBackend.class, nd4jLoader).stream().toList()) {
            if (!provider.type().getName().equals(CUDA_BACKEND)) {
                continue;
            }
            try {
                Nd4jBackend cuda = provider.get();
                if (cuda.isAvailable() && cuda.canRun()) {
                    return;
                }
                problem = "the CUDA backend is installed but found no usable NVIDIA GPU and driver";
            } catch (RuntimeException | LinkageError e) {
                problem = "the CUDA backend is installed but could not load (" + e.getMessage() + ")";
            }
        }
        throw new LocalizerException("Device 'gpu' was asked for, but " + problem
                + ". Install the Localizer CUDA feature and an NVIDIA driver for CUDA 11.6, or set the device to auto or cpu.");
    }

    private static BackendReport describe(Device requested) {
        Properties environment = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = environment.getProperty("backend", "CPU").toUpperCase(Locale.ROOT);
        boolean gpu = backend.equals("CUDA");
        boolean oneDnn = !gpu && BaseMKLDNNHelper.mklDnnEnabled();
        boolean helpersOn = !Boolean.parseBoolean(System.getProperty(HELPERS_DISABLE_PROPERTY, "true"))
                && (gpu ? ND4JClassLoading.classPresentOnClasspath(CUDNN_HELPER) : oneDnn);
        int threads = Integer.parseInt(String.valueOf(environment.getOrDefault("omp.threads", "1")));
        return new BackendReport(requested, backend, loadedNativeBuild(gpu), oneDnn, helpersOn, threads,
                gpu ? gpuNames(environment) : List.of("CPU (" + environment.getOrDefault("cores", "?") + " cores)"));
    }

    /** The folder name of the loaded ND4J JNI library, which names its build, e.g. {@code linux-x86_64-onednn-avx2}. */
    private static String loadedNativeBuild(boolean gpu) {
        String library = gpu ? "jnind4jcuda" : "jnind4jcpu";
        return Loader.getLoadedLibraries().values().stream()
                .filter(path -> path != null && path.contains(library))
                .map(path -> Path.of(path).getParent())
                .filter(folder -> folder != null && folder.getFileName() != null)
                .map(folder -> folder.getFileName().toString())
                .findFirst()
                .orElse("");
    }

    private static List<String> gpuNames(Properties environment) {
        List<String> names = new ArrayList<>();
        if (environment.get("cuda.devicesInformation") instanceof List<?> devices) {
            for (Object device : devices) {
                if (device instanceof Map<?, ?> info) {
                    names.add(String.valueOf(info.get("cuda.deviceName")));
                }
            }
        }
        return names.isEmpty() ? List.of("GPU") : names;
    }

    private static void requireMatches(Device requested, BackendReport running) {
        boolean mismatch = (requested == Device.CPU && running.isGpu()) || (requested == Device.GPU && !running.isGpu());
        if (mismatch) {
            throw new LocalizerException("Device '" + requested.settingValue() + "' was asked for, but this process already runs on the "
                    + running.backend() + " backend (device '" + running.requested().settingValue()
                    + "' was chosen first). The device can be chosen once per process: restart it to switch.");
        }
    }
}
