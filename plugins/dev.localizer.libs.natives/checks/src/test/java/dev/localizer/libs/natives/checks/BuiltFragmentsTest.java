package dev.localizer.libs.natives.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fragments and the host this build made: each fragment loads on its platform, the host holds no natives. */
class BuiltFragmentsTest {

    @ParameterizedTest
    @EnumSource(NativePlatform.class)
    void fragmentHoldsWhatJavaCppLoadsOnItsPlatformAndNothingElse(NativePlatform platform) {
        NativeFragment fragment = BuiltBundles.fragment(platform);

        assertEquals(List.of(), FragmentChecker.problems(fragment, platform));
        // Guards the check itself: an empty reading would pass every rule above.
        assertTrue(fragment.natives().size() >= 5, platform + " natives read: " + fragment.natives().keySet());
    }

    @Test
    void libsBundleHoldsOnlyJavaJars() {
        NativeFragment host = BuiltBundles.bundle(FragmentChecker.HOST);

        assertEquals(List.of(), FragmentChecker.hostProblems(host));
        assertTrue(host.files().stream().anyMatch(file -> file.equals("org/nd4j/linalg/cpu/nativecpu/bindings/Nd4jCpu.class")),
                "the host must still hold ND4J's Java side");
    }
}
