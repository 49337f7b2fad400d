package dev.localizer.libs.natives.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.bytedeco.javacpp.ClassProperties;
import org.bytedeco.javacpp.Loader;

/**
 * What JavaCPP's loader asks for on a platform, read from the presets' own {@code @Platform} annotations with
 * JavaCPP's own property resolution, so the expectations follow the jars rather than a list written here.
 */
public final class JavaCppExpectations {

    /**
     * A JNI library JavaCPP must find as a resource; without it the class cannot load. JavaCPP looks in the
     * platform folder beside the class, then beside each parent package in turn (the openblas and hdf5 jars keep
     * theirs one level above their {@code global} classes).
     *
     * @param folders   the folders searched, nearest first
     * @param fileNames the file names JavaCPP accepts for the library
     */
    public record JniLibrary(String presetClass, List<String> folders, List<String> fileNames) {
        public JniLibrary {
            folders = List.copyOf(folders);
            fileNames = List.copyOf(fileNames);
        }
    }

    /** The preset classes JavaCPP loads for ND4J's CPU backend, in loading order. */
    private static final List<String> CPU_PRESETS = List.of(
            "org.bytedeco.javacpp.Loader",
            "org.bytedeco.openblas.global.openblas_nolapack",
            "org.bytedeco.openblas.global.openblas",
            "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu");
    private static final String HDF5_PRESET = "org.bytedeco.hdf5.global.hdf5";
    private static final String ND4J_PRESET = "org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu";

    private JavaCppExpectations() {
    }

    /** Every JNI library the platform's fragment must hold: one per preset class and, for ND4J, per build. */
    public static List<JniLibrary> jniLibraries(NativePlatform platform) {
        List<JniLibrary> libraries = new ArrayList<>();
        for (String preset : presets(platform)) {
            ClassProperties properties = properties(preset, platform);
            List<String> builds = preset.equals(ND4J_PRESET) ? platform.nd4jBuilds() : List.of("");
            for (String build : builds) {
                libraries.add(new JniLibrary(preset, searchedFolders(preset, platform.javacppName() + build),
                        fileNames(properties, properties.getProperty("platform.library"))));
            }
        }
        return libraries;
    }

    /**
     * The file names JavaCPP creates by extracting a library under a second name ({@code "a@.0#b@.0"} in a
     * preload list), which natives may then name as needed: e.g. {@code libopenblas_nolapack.so.0}.
     */
    public static Set<String> namesCreatedByExtraction(NativePlatform platform) {
        Set<String> names = new LinkedHashSet<>();
        for (String preset : presets(platform)) {
            ClassProperties properties = properties(preset, platform);
            for (String preload : properties.get("platform.preload")) {
                String[] split = preload.split("#");
                if (split.length == 2 && !split[1].isBlank()) {
                    names.addAll(fileNames(properties, split[1]));
                }
            }
        }
        return names;
    }

    private static List<String> presets(NativePlatform platform) {
        List<String> presets = new ArrayList<>(CPU_PRESETS);
        if (platform.hasHdf5()) {
            presets.add(HDF5_PRESET);
        }
        return presets;
    }

    private static ClassProperties properties(String preset, NativePlatform platform) {
        Properties platformProperties = Loader.loadProperties(platform.javacppName(), null);
        try {
            Class<?> type = Class.forName(preset, false, JavaCppExpectations.class.getClassLoader());
            return Loader.loadProperties(type, platformProperties, true);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Preset " + preset + " is not on the checks' class path", e);
        }
    }

    /** The names JavaCPP tries for a library ({@code name@version}): Linux style, macOS style, without version. */
    private static List<String> fileNames(ClassProperties properties, String nameAndVersion) {
        String[] parts = nameAndVersion.split("@");
        String name = parts[0];
        String version = parts.length > 1 ? parts[parts.length - 1] : "";
        String prefix = properties.getProperty("platform.library.prefix", "");
        Set<String> names = new LinkedHashSet<>();
        for (String suffix : properties.get("platform.library.suffix")) {
            names.add(prefix + name + suffix + version);
            names.add(prefix + name + version + suffix);
            names.add(prefix + name + suffix);
        }
        return List.copyOf(names);
    }

    private static List<String> searchedFolders(String className, String platformFolder) {
        List<String> folders = new ArrayList<>();
        String packagePath = className.substring(0, className.lastIndexOf('.')).replace('.', '/');
        for (String path = packagePath; !path.isEmpty(); path = path.substring(0, Math.max(path.lastIndexOf('/'), 0))) {
            folders.add(path + "/" + platformFolder + "/");
        }
        return folders;
    }
}
