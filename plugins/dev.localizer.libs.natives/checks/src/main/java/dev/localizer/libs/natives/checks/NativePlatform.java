package dev.localizer.libs.natives.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.localizer.libs.natives.checks.NativeBinary.Format;

/**
 * The platforms a native fragment is built for, with what a fragment for each must be: its bundle name and
 * platform filter (OSGi's names), JavaCPP's platform name (the folder its natives live in), the binary format and
 * processor the operating system loads, the ND4J native builds ND4J 1.0.0-M2.1 publishes for it, and the
 * libraries the operating system itself provides.
 */
public enum NativePlatform {

    LINUX_X86_64("linux", "x86_64", "linux-x86_64", Format.ELF, "x86_64", List.of("", "-onednn-avx2"), true,
            // glibc, the GCC C++ runtime and zlib: part of every desktop Linux the JDK runs on
            Set.of("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "ld-linux-x86-64.so.2",
                    "libstdc++.so.6", "libz.so.1")),
    WIN32_X86_64("win32", "x86_64", "windows-x86_64", Format.PE, "x86_64", List.of("", "-onednn-avx2"), true,
            // Windows' own DLLs (compared ignoring case, as Windows does); API sets (api-ms-win-*) too, below
            Set.of("kernel32.dll", "msvcrt.dll", "advapi32.dll", "user32.dll", "ntdll.dll", "psapi.dll", "ws2_32.dll",
                    "shell32.dll", "ole32.dll", "oleaut32.dll", "shlwapi.dll", "bcrypt.dll", "crypt32.dll")),
    MACOSX_X86_64("macosx", "x86_64", "macosx-x86_64", Format.MACH_O, "x86_64", List.of("", "-onednn-avx2"), true,
            Set.of()),
    // ND4J publishes no oneDNN build, and HDF5 1.12.1-1.5.7 no natives, for Apple silicon.
    MACOSX_AARCH64("macosx", "aarch64", "macosx-arm64", Format.MACH_O, "arm64", List.of(""), false, Set.of());

    private final String osgiOs;
    private final String osgiArch;
    private final String javacppName;
    private final Format format;
    private final String machine;
    private final List<String> nd4jBuilds;
    private final boolean hdf5;
    private final Set<String> systemLibraries;

    NativePlatform(String osgiOs, String osgiArch, String javacppName, Format format, String machine,
            List<String> nd4jBuilds, boolean hdf5, Set<String> systemLibraries) {
        this.osgiOs = osgiOs;
        this.osgiArch = osgiArch;
        this.javacppName = javacppName;
        this.format = format;
        this.machine = machine;
        this.nd4jBuilds = nd4jBuilds;
        this.hdf5 = hdf5;
        this.systemLibraries = systemLibraries;
    }

    /** The fragment's Bundle-SymbolicName, e.g. {@code dev.localizer.libs.win32.x86_64}. */
    public String bundleName() {
        return "dev.localizer.libs." + osgiOs + "." + osgiArch;
    }

    /** The Eclipse-PlatformFilter the fragment must carry, as written in its manifest. */
    public String platformFilter() {
        return "(& (osgi.os=" + osgiOs + ") (osgi.arch=" + osgiArch + "))";
    }

    public String osgiOs() {
        return osgiOs;
    }

    public String osgiArch() {
        return osgiArch;
    }

    /** JavaCPP's name, which also names the folders of the natives inside the jars, e.g. {@code windows-x86_64}. */
    public String javacppName() {
        return javacppName;
    }

    public Format format() {
        return format;
    }

    public String machine() {
        return machine;
    }

    /** The ND4J native builds the fragment holds, as JavaCPP platform extensions ({@code ""} is the plain build). */
    public List<String> nd4jBuilds() {
        return nd4jBuilds;
    }

    /** Whether the fragment holds the HDF5 natives (Keras .h5 import). */
    public boolean hasHdf5() {
        return hdf5;
    }

    /** Whether the operating system provides a library that a native names as needed. */
    public boolean providesItself(String needed) {
        if (format == Format.MACH_O) {
            return needed.startsWith("/usr/lib/") || needed.startsWith("/System/Library/");
        }
        if (format == Format.PE) {
            String name = needed.toLowerCase(Locale.ROOT);
            // API sets are names Windows' loader maps onto its own DLLs; no file of that name needs to exist.
            return systemLibraries.contains(name) || name.startsWith("api-ms-win-") || name.startsWith("ext-ms-win-");
        }
        return systemLibraries.contains(needed);
    }
}
