package dev.localizer.knime.checks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowArchiveTest {

    @Test
    void aKnwfHoldsEveryFileOfTheWorkflowUnderItsName(@TempDir final Path output) throws IOException {
        for (Path workflow : WorkflowArchive.workflowsIn(Repository.WORKFLOWS)) {
            Path archive = output.resolve(workflow.getFileName() + ".knwf");
            WorkflowArchive.pack(workflow, archive);

            Map<String, byte[]> entries = read(archive);
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(workflow)) {
                for (Path file : (Iterable<Path>)walk.filter(Files::isRegularFile)::iterator) {
                    files.put(workflow.getFileName() + "/" + workflow.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
                }
            }
            assertEquals(files.keySet(), entries.keySet());
            files.forEach((name, bytes) -> assertArrayEquals(bytes, entries.get(name), name));
            assertTrue(entries.containsKey(workflow.getFileName() + "/workflow.knime"));
        }
    }

    @Test
    void packingTwiceGivesTheSameBytes(@TempDir final Path output) throws IOException {
        Path workflow = WorkflowArchive.workflowsIn(Repository.WORKFLOWS).get(0);
        WorkflowArchive.pack(workflow, output.resolve("a.knwf"));
        WorkflowArchive.pack(workflow, output.resolve("b.knwf"));
        assertArrayEquals(Files.readAllBytes(output.resolve("a.knwf")), Files.readAllBytes(output.resolve("b.knwf")));
    }

    @Test
    void aFolderWithoutWorkflowFileIsRefused(@TempDir final Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "not a workflow");
        IOException error = assertThrows(IOException.class, () -> WorkflowArchive.pack(folder, folder.resolve("x.knwf")));
        assertTrue(error.getMessage().contains("no workflow.knime"), error.getMessage());
    }

    private static Map<String, byte[]> read(final Path archive) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
