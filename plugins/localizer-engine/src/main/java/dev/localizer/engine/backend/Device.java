package dev.localizer.engine.backend;

import java.util.Locale;

import dev.localizer.engine.LocalizerException;

/** Where the networks run. */
public enum Device {
    /** The GPU when the CUDA backend is installed and a GPU is present, the CPU otherwise. */
    AUTO,
    /** The CPU, even when a GPU could be used. */
    CPU,
    /** An NVIDIA GPU through the CUDA backend; fails when it is not installed or no GPU is found. */
    GPU;

    /** The device named by a setting value such as {@code auto}, {@code cpu} or {@code gpu} (any case). */
    public static Device parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LocalizerException("Unknown device '" + name + "': use auto, cpu or gpu");
        }
    }

    /** The setting value, e.g. {@code cpu}. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
