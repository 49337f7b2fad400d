package dev.localizer.knime.checks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a KNIME workflow folder as a {@code .knwf} file: a zip whose entries all sit under one folder named like
 * the workflow, which is what KNIME's "Import KNIME Workflow" expects. Entries are sorted and carry a fixed time,
 * so the same folder always gives the same bytes.
 */
public final class WorkflowArchive {

    /** The file that makes a folder a KNIME workflow. */
    public static final String WORKFLOW_FILE = "workflow.knime";

    /** 1 January 2020, so that archives do not change with file times. */
    private static final long FIXED_TIME = 1_577_836_800_000L;

    private WorkflowArchive() {
    }

    /** Usage: {@code WorkflowArchive <workflows folder> <output folder>}; packs each workflow folder inside. */
    public static void main(final String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: WorkflowArchive <workflows folder> <output folder>, got "
                + List.of(args));
        }
        Path output = Files.createDirectories(Path.of(args[1]));
        for (Path workflow : workflowsIn(Path.of(args[0]))) {
            Path archive = output.resolve(workflow.getFileName() + ".knwf");
            pack(workflow, archive);
            System.out.println("Packed " + archive);
        }
    }

    /** The workflow folders directly inside {@code folder}, sorted by name. */
    public static List<Path> workflowsIn(final Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(child -> Files.isRegularFile(child.resolve(WORKFLOW_FILE))).sorted().toList();
        }
    }

    /** Writes {@code workflow} as a {@code .knwf} archive to {@code archive}. */
    public static void pack(final Path workflow, final Path archive) throws IOException {
        if (!Files.isRegularFile(workflow.resolve(WORKFLOW_FILE))) {
            throw new IOException(workflow + " is not a KNIME workflow: it has no " + WORKFLOW_FILE);
        }
        String root = workflow.getFileName().toString();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workflow)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files) {
                String relative = workflow.relativize(file).toString().replace('\\', '/');
                ZipEntry entry = new ZipEntry(root + "/" + relative);
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }
}
