package dev.localizer.engine.backend;

import java.util.List;

/**
 * Which ND4J backend actually runs the networks, shown to users so that they can tell a CPU from a GPU run and
 * a fast from a slow CPU build.
 *
 * @param requested     the device the user asked for
 * @param backend       {@code CPU} or {@code CUDA}
 * @param nativeBuild   the native build loaded, e.g. {@code linux-x86_64-onednn-avx2}
 * @param oneDnn        whether the CPU natives use oneDNN (false on the CUDA backend)
 * @param layerHelpers  whether DL4J layers use the platform helpers (oneDNN on the CPU, cuDNN on the GPU)
 * @param threads       threads the CPU natives compute with
 * @param devices       the devices the backend computes on, e.g. {@code ["CPU (2 cores)"]} or GPU names
 */
public record BackendReport(Device requested, String backend, String nativeBuild, boolean oneDnn, boolean layerHelpers,
                            int threads, List<String> devices) {

    public BackendReport {
        devices = List.copyOf(devices);
    }

    public boolean isGpu() {
        return "CUDA".equalsIgnoreCase(backend);
    }

    /** One line for logs and node messages, e.g. {@code CPU backend (linux-x86_64-onednn-avx2, oneDNN on, 2 threads)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(backend).append(" backend (");
        if (!nativeBuild.isEmpty()) {
            text.append(nativeBuild).append(", ");
        }
        if (!isGpu()) {
            text.append("oneDNN ").append(oneDnn ? "on" : "off").append(", ");
        }
        text.append("layer helpers ").append(layerHelpers ? "on" : "off");
        if (!isGpu()) {
            text.append(", ").append(threads).append(threads == 1 ? " thread" : " threads");
        }
        text.append(") on ").append(String.join(", ", devices));
        text.append("; device setting ").append(requested.settingValue());
        return text.toString();
    }
}
