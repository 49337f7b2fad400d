package dev.localizer.libs.internal;

import org.nd4j.common.config.ND4JClassLoading;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Prepares the embedded libraries for life inside OSGi. The bundle activates lazily, so this runs before any
 * other bundle can load a class from here, and therefore before the first use of ND4J.
 */
public final class LibsActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // ND4J looks up its backend and ops with ServiceLoader on a class loader it captured at start-up.
        // Under OSGi that loader cannot see the META-INF/services files of the jars embedded in this bundle
        // (nor those of the CUDA fragment attached to it); this bundle's own loader sees all of them.
        ND4JClassLoading.setNd4jClassloader(LibsActivator.class.getClassLoader());
    }

    @Override
    public void stop(BundleContext context) {
        // Nothing to release: ND4J keeps its native memory for the life of the JVM.
    }
}
