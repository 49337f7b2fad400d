package dev.localizer.cli;

import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.localizer.engine.io.Staging;

/** Writes small JSON documents (metrics) readably and atomically. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    static void write(Path file, Map<String, ?> document) {
        Staging.writeFile(file, partial -> MAPPER.writeValue(partial.toFile(), document));
    }
}
