package dev.localizer.libs.natives.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checker finds what a broken build would get wrong, on copies of the built fragments with a flaw put in. */
class FragmentCheckerTest {

    private static final String ND4J_ONEDNN = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-onednn-avx2/";

    @Test
    void missingNd4jLibraryOfOneBuildIsFound() {
        NativeFragment linux = BuiltBundles.fragment(NativePlatform.LINUX_X86_64);

        List<String> problems = FragmentChecker.problems(linux.without(List.of(ND4J_ONEDNN + "libnd4jcpu.so")),
                NativePlatform.LINUX_X86_64);

        assertEquals(List.of(ND4J_ONEDNN + "libjnind4jcpu.so needs libnd4jcpu.so, which is neither in the fragment nor"
                + " part of linux-x86_64"), problems);
    }

    @Test
    void missingJniLibraryIsFound() {
        NativeFragment windows = BuiltBundles.fragment(NativePlatform.WIN32_X86_64);

        List<String> problems = FragmentChecker.problems(
                windows.without(List.of("org/bytedeco/javacpp/windows-x86_64/jnijavacpp.dll")), NativePlatform.WIN32_X86_64);

        assertEquals(List.of("lacks jnijavacpp.dll, the JNI library JavaCPP loads for org.bytedeco.javacpp.Loader, in"
                + " org/bytedeco/javacpp/windows-x86_64/ or a parent package's folder"), problems);
    }

    @Test
    void missingLibraryFromAnotherJarIsFound() {
        NativeFragment mac = BuiltBundles.fragment(NativePlatform.MACOSX_X86_64);

        List<String> problems = FragmentChecker.problems(
                mac.without(List.of("org/bytedeco/openblas/macosx-x86_64/libgfortran.4.dylib")), NativePlatform.MACOSX_X86_64);

        assertEquals(List.of("org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib needs @rpath/libgfortran.4.dylib,"
                + " which is neither in the fragment nor part of macosx-x86_64"), problems);
    }

    @Test
    void anotherPlatformsNativesAreFound() {
        NativeFragment mixed = BuiltBundles.fragment(NativePlatform.MACOSX_AARCH64)
                .plus(BuiltBundles.fragment(NativePlatform.MACOSX_X86_64));

        List<String> problems = FragmentChecker.problems(mixed, NativePlatform.MACOSX_AARCH64);

        assertTrue(problems.contains("carries org/bytedeco/openblas/macosx-x86_64/libopenblas.0.dylib, which belongs to"
                + " another platform than macosx-arm64"), String.join("\n", problems));
        assertTrue(problems.stream().allMatch(problem -> problem.startsWith("carries ") && problem.contains("macosx-x86_64")),
                String.join("\n", problems));
    }

    @Test
    void nativeOfAnotherProcessorInTheRightFolderIsFound() {
        NativeFragment arm = BuiltBundles.fragment(NativePlatform.MACOSX_AARCH64);
        NativeBinary intel = BuiltBundles.fragment(NativePlatform.MACOSX_X86_64).natives()
                .get("org/bytedeco/javacpp/macosx-x86_64/libjnijavacpp.dylib");
        String armPath = "org/bytedeco/javacpp/macosx-arm64/libjnijavacpp.dylib";
        NativeFragment swapped = arm.without(List.of(armPath))
                .plus(new NativeFragment(Map.of(), List.of(), List.of(armPath), Map.of(armPath, intel)));

        List<String> problems = FragmentChecker.problems(swapped, NativePlatform.MACOSX_AARCH64);

        assertEquals(List.of(armPath + " is a MACH_O x86_64 library, not one for macosx-arm64 (MACH_O arm64)"), problems);
    }

    @Test
    void wrongPlatformFilterIsFound() {
        NativeFragment linux = BuiltBundles.fragment(NativePlatform.LINUX_X86_64)
                .withHeader("Eclipse-PlatformFilter", "(osgi.os=linux)");

        List<String> problems = FragmentChecker.problems(linux, NativePlatform.LINUX_X86_64);

        assertEquals(List.of("header Eclipse-PlatformFilter is '(osgi.os=linux)', expected"
                + " '(& (osgi.os=linux) (osgi.arch=x86_64))'"), problems);
    }

    @Test
    void fragmentCheckedForTheWrongPlatformFails() {
        List<String> problems = FragmentChecker.problems(BuiltBundles.fragment(NativePlatform.WIN32_X86_64),
                NativePlatform.LINUX_X86_64);

        assertTrue(problems.contains("header Bundle-SymbolicName is 'dev.localizer.libs.win32.x86_64', expected"
                + " 'dev.localizer.libs.linux.x86_64'"), String.join("\n", problems));
        assertTrue(problems.contains("lacks libjnind4jcpu.so, the JNI library JavaCPP loads for"
                + " org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu, in org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64/"
                + " or a parent package's folder"),
                String.join("\n", problems));
    }

    @Test
    void hostWithNativesIsFound() {
        NativeFragment host = new NativeFragment(Map.of(), List.of("lib/javacpp.jar"),
                List.of("org/bytedeco/javacpp/Loader.class", "org/bytedeco/javacpp/linux-x86_64/libjnijavacpp.so",
                        "com/sun/jna/linux-x86-64/libjnidispatch.so"), Map.of());

        assertEquals(List.of("the libs bundle holds the native org/bytedeco/javacpp/linux-x86_64/libjnijavacpp.so;"
                + " natives belong in the platform fragments"), FragmentChecker.hostProblems(host));
    }
}
