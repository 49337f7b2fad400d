package dev.localizer.libs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dev.localizer.engine.backend.Backends;

/** The natives come from the Linux fragment attached to the libs bundle, not from the libs bundle itself. */
class NativeFragmentTest {

    private static final String LINUX_FRAGMENT = "dev.localizer.libs.linux.x86_64";

    private static Bundle libsBundle() {
        return FrameworkUtil.getBundle(Nd4j.class);
    }

    private static List<Bundle> attachedNativeFragments() {
        return libsBundle().adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE).stream()
                .map(BundleWire::getRequirer)
                .map(revision -> revision.getBundle())
                .filter(bundle -> bundle.getSymbolicName().matches("dev\\.localizer\\.libs\\.(linux|win32|macosx)\\..*"))
                .toList();
    }

    @Test
    void onlyTheLinuxFragmentIsAttached() {
        List<String> names = attachedNativeFragments().stream().map(Bundle::getSymbolicName).toList();

        assertEquals(List.of(LINUX_FRAGMENT), names);
    }

    @Test
    void loadedNd4jBuildComesFromTheFragment() {
        String nativeBuild = Backends.current().nativeBuild();
        Bundle fragment = attachedNativeFragments().get(0);

        assertTrue(nativeBuild.startsWith("linux-x86_64"), "native build loaded: '" + nativeBuild + "'");
        List<?> inFragment = Collections.list(fragment.findEntries("lib", "nd4j-native-*-" + nativeBuild + ".jar", false));
        assertEquals(1, inFragment.size(), "fragment jars for " + nativeBuild + ": " + inFragment);
        List<String> hostJars = Collections.list(libsBundle().getEntryPaths("lib/"));
        assertTrue(hostJars.stream().noneMatch(jar -> jar.contains("linux-x86_64")), "libs bundle jars: " + hostJars);
    }
}
