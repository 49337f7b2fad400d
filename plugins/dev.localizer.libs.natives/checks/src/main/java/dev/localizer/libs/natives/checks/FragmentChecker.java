package dev.localizer.libs.natives.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.localizer.libs.natives.checks.JavaCppExpectations.JniLibrary;
import dev.localizer.libs.natives.checks.NativeBinary.Format;

/**
 * Decides whether a native fragment would load on its platform: the right host and platform filter, every JNI
 * library JavaCPP loads there, every library those natives need (in the fragment, created by JavaCPP at
 * extraction, or the operating system's own), and nothing built for another platform. Each problem is one line
 * naming the file or header that is wrong.
 */
public final class FragmentChecker {

    /** The host every native fragment attaches to. */
    public static final String HOST = "dev.localizer.libs";

    /** A folder named after a JavaCPP platform (os-arch, optionally -build), wherever it sits in a path. */
    private static final Pattern PLATFORM_FOLDER =
            Pattern.compile("(?:^|/)((?:linux|windows|macosx|android|ios)-[a-z0-9_]+(?:-[a-z0-9-]+)?)/");

    /** A JavaCPP platform folder of one of the supported platforms. */
    private static final Pattern JAVACPP_SUPPORTED_FOLDER =
            Pattern.compile("(?:^|/)(?:linux-x86_64|windows-x86_64|macosx-x86_64|macosx-arm64)(?:-[a-z0-9-]+)?/");

    private FragmentChecker() {
    }

    /** The problems of a fragment for a platform; empty when it would load there. */
    public static List<String> problems(NativeFragment fragment, NativePlatform platform) {
        List<String> problems = new ArrayList<>();
        checkHeaders(fragment, platform, problems);
        checkJniLibraries(fragment, platform, problems);
        checkPlatformOfEveryFile(fragment, platform, problems);
        checkNeededLibraries(fragment, platform, problems);
        return problems;
    }

    /**
     * The problems of the host bundle: it must hold no JavaCPP native of any supported platform. (JNA, which a
     * Java dependency brings, keeps natives for every platform inside its own jar and picks one itself; its
     * folders are named differently, e.g. {@code linux-x86-64}, {@code win32-x86-64}, {@code darwin}.)
     */
    public static List<String> hostProblems(NativeFragment host) {
        return host.files().stream()
                .filter(NativeFragment::isNativeName)
                .filter(file -> JAVACPP_SUPPORTED_FOLDER.matcher(file).find())
                .map(file -> "the libs bundle holds the native " + file + "; natives belong in the platform fragments")
                .toList();
    }

    private static void checkHeaders(NativeFragment fragment, NativePlatform platform, List<String> problems) {
        expectHeader(fragment, "Bundle-SymbolicName", platform.bundleName(), problems);
        expectHeader(fragment, "Fragment-Host", HOST, problems);
        expectHeader(fragment, "Eclipse-PlatformFilter", platform.platformFilter(), problems);
        List<String> classPath = Arrays.stream(fragment.headers().getOrDefault("Bundle-ClassPath", "").split(","))
                .map(String::trim)
                .toList();
        for (String jar : fragment.jars()) {
            if (!classPath.contains(jar)) {
                problems.add("Bundle-ClassPath lacks the embedded " + jar + ", so its natives are invisible to JavaCPP");
            }
        }
    }

    private static void expectHeader(NativeFragment fragment, String name, String expected, List<String> problems) {
        String actual = fragment.headers().get(name);
        if (!expected.equals(actual)) {
            problems.add("header " + name + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    private static void checkJniLibraries(NativeFragment fragment, NativePlatform platform, List<String> problems) {
        Set<String> files = new HashSet<>(fragment.files());
        for (JniLibrary library : JavaCppExpectations.jniLibraries(platform)) {
            boolean present = library.folders().stream()
                    .anyMatch(folder -> library.fileNames().stream().anyMatch(name -> files.contains(folder + name)));
            if (!present) {
                problems.add("lacks " + library.fileNames().get(0) + ", the JNI library JavaCPP loads for "
                        + library.presetClass() + ", in " + library.folders().get(0) + " or a parent package's folder");
            }
        }
    }

    private static void checkPlatformOfEveryFile(NativeFragment fragment, NativePlatform platform, List<String> problems) {
        for (String file : fragment.files()) {
            Matcher folder = PLATFORM_FOLDER.matcher(file);
            boolean ours = true;
            while (folder.find()) {
                ours &= isOurFolder(folder.group(1), platform);
            }
            if (!ours) {
                problems.add("carries " + file + ", which belongs to another platform than " + platform.javacppName());
            } else if (NativeFragment.isNativeName(file)) {
                checkBinary(file, fragment.natives().get(file), platform, problems);
            }
        }
    }

    private static boolean isOurFolder(String folder, NativePlatform platform) {
        return platform.nd4jBuilds().stream().anyMatch(build -> folder.equals(platform.javacppName() + build));
    }

    private static void checkBinary(String file, NativeBinary binary, NativePlatform platform, List<String> problems) {
        if (binary == null) {
            problems.add(file + " is no ELF, PE or Mach-O library");
        } else if (binary.format() != platform.format() || !binary.machine().equals(platform.machine())) {
            problems.add(file + " is a " + binary.format() + " " + binary.machine() + " library, not one for "
                    + platform.javacppName() + " (" + platform.format() + " " + platform.machine() + ")");
        }
    }

    /**
     * Every library a native needs must be the operating system's, one JavaCPP creates at extraction, or a native
     * in the fragment: in the same folder, or in another preset's folder. Another build's folder of the same
     * preset does not count (the onednn-avx2 {@code libjnind4jcpu} must find its own {@code libnd4jcpu}).
     */
    private static void checkNeededLibraries(NativeFragment fragment, NativePlatform platform, List<String> problems) {
        Map<String, List<String>> foldersByName = new HashMap<>();
        fragment.natives().keySet().forEach(path -> foldersByName
                .computeIfAbsent(comparable(fileName(path), platform), name -> new ArrayList<>()).add(folder(path)));
        Set<String> createdByExtraction = new HashSet<>();
        JavaCppExpectations.namesCreatedByExtraction(platform).forEach(name -> createdByExtraction.add(comparable(name, platform)));
        for (Map.Entry<String, NativeBinary> library : fragment.natives().entrySet()) {
            if (library.getValue() == null) {
                continue;
            }
            String folder = folder(library.getKey());
            for (String needed : library.getValue().needed()) {
                String name = comparable(loadedName(needed), platform);
                boolean inFragment = foldersByName.getOrDefault(name, List.of()).stream()
                        .anyMatch(provider -> provider.equals(folder) || !parent(provider).equals(parent(folder)));
                if (!platform.providesItself(needed) && !createdByExtraction.contains(name) && !inFragment) {
                    problems.add(library.getKey() + " needs " + needed
                            + ", which is neither in the fragment nor part of " + platform.javacppName());
                }
            }
        }
    }

    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** The package folder holding a platform folder: {@code a/b/linux-x86_64/} gives {@code a/b/}. */
    private static String parent(String folder) {
        String withoutSlash = folder.substring(0, Math.max(folder.length() - 1, 0));
        return withoutSlash.substring(0, withoutSlash.lastIndexOf('/') + 1);
    }

    /** The file a macOS install name ({@code @rpath/libx.dylib}) resolves to among extracted natives. */
    private static String loadedName(String needed) {
        return needed.startsWith("@") ? fileName(needed) : needed;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String comparable(String name, NativePlatform platform) {
        return platform.format() == Format.PE ? name.toLowerCase(Locale.ROOT) : name;
    }
}
