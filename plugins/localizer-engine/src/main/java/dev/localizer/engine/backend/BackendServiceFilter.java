package dev.localizer.engine.backend;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that hides one ND4J backend from ND4J's service lookup. ND4J picks the available backend with
 * the highest priority (CUDA over CPU) and offers no programmatic switch, only environment variables; hiding the
 * unwanted backend's {@code META-INF/services} entry is how a {@link Device} setting takes effect in-process.
 * Everything else is delegated unchanged to the parent.
 */
final class BackendServiceFilter extends ClassLoader {

    static final String BACKEND_SERVICE = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";

    private final String hiddenBackendClass;

    BackendServiceFilter(ClassLoader parent, String hiddenBackendClass) {
        super(parent);
        this.hiddenBackendClass = hiddenBackendClass;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> resources = super.getResources(name);
        if (!BACKEND_SERVICE.equals(name)) {
            return resources;
        }
        List<URL> kept = new ArrayList<>();
        for (URL url : Collections.list(resources)) {
            if (!declaresHiddenBackend(url)) {
                kept.add(url);
            }
        }
        return Collections.enumeration(kept);
    }

    private boolean declaresHiddenBackend(URL serviceFile) throws IOException {
        try (InputStream in = serviceFile.openStream()) {
            String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return content.lines().map(String::trim).anyMatch(hiddenBackendClass::equals);
        }
    }
}
