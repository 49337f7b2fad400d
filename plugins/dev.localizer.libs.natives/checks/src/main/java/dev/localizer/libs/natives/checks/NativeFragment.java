package dev.localizer.libs.natives.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a built bundle that decide where it installs and whether its natives load: its manifest headers,
 * the jars it embeds, every file inside those jars, and each native library among them as read from its header.
 *
 * @param headers  the main manifest attributes
 * @param jars     the embedded jars (paths inside the bundle)
 * @param files    every file inside the embedded jars, by its path there
 * @param natives  the native libraries among the files, by path (null for a file that is no readable library)
 */
public record NativeFragment(Map<String, String> headers, List<String> jars, List<String> files,
        Map<String, NativeBinary> natives) {

    private static final Pattern NATIVE_NAME = Pattern.compile(".*\\.(so(\\.\\d+)*|dll|dylib|jnilib)$");

    public NativeFragment {
        headers = Map.copyOf(headers);
        jars = List.copyOf(jars);
        files = List.copyOf(files);
        // A file that is no readable library maps to null, so the map is copied rather than Map.copyOf'd.
        natives = Collections.unmodifiableMap(new HashMap<>(natives));
    }

    /** Whether a file name is that of a native library on any platform. */
    public static boolean isNativeName(String path) {
        return NATIVE_NAME.matcher(path).matches();
    }

    /** Reads a bundle jar: its manifest, and the contents of every jar embedded under lib/. */
    public static NativeFragment read(Path bundle) throws IOException {
        Map<String, String> headers = new HashMap<>();
        List<String> jars = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Map<String, NativeBinary> natives = new HashMap<>();
        try (JarFile jar = new JarFile(bundle.toFile())) {
            Manifest manifest = jar.getManifest();
            for (Map.Entry<Object, Object> header : manifest.getMainAttributes().entrySet()) {
                headers.put(((Attributes.Name) header.getKey()).toString(), (String) header.getValue());
            }
            for (ZipEntry entry : jar.stream().toList()) {
                if (entry.getName().endsWith(".jar")) {
                    jars.add(entry.getName());
                    try (InputStream in = jar.getInputStream(entry)) {
                        readEmbedded(in, files, natives);
                    }
                }
            }
        }
        return new NativeFragment(headers, jars, files, natives);
    }

    private static void readEmbedded(InputStream in, List<String> files, Map<String, NativeBinary> natives)
            throws IOException {
        ZipInputStream embedded = new ZipInputStream(in);
        for (ZipEntry entry = embedded.getNextEntry(); entry != null; entry = embedded.getNextEntry()) {
            if (entry.isDirectory()) {
                continue;
            }
            files.add(entry.getName());
            if (isNativeName(entry.getName())) {
                natives.put(entry.getName(), NativeBinary.read(embedded.readAllBytes()));
            }
        }
    }

    /** The same fragment without some files, as a build that lost them would be. */
    public NativeFragment without(List<String> paths) {
        Map<String, NativeBinary> kept = new HashMap<>(natives);
        paths.forEach(kept::remove);
        return new NativeFragment(headers, jars, files.stream().filter(file -> !paths.contains(file)).toList(), kept);
    }

    /** The same fragment with other headers, as a build with a wrong manifest would be. */
    public NativeFragment withHeader(String name, String value) {
        Map<String, String> changed = new HashMap<>(headers);
        changed.put(name, value);
        return new NativeFragment(changed, jars, files, natives);
    }

    /** The same fragment with another fragment's files and natives added, as a build mixing platforms would be. */
    public NativeFragment plus(NativeFragment other) {
        List<String> allFiles = new ArrayList<>(files);
        allFiles.addAll(other.files);
        Map<String, NativeBinary> allNatives = new HashMap<>(natives);
        allNatives.putAll(other.natives);
        return new NativeFragment(headers, jars, allFiles, allNatives);
    }
}
