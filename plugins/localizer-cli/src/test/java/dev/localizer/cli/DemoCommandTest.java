package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoCommandTest {

    @TempDir
    static Path dir;

    static Path out;
    static CliRun run;

    @BeforeAll
    static void aFinishedDemo() {
        out = dir.resolve("demo");
        run = demo(out, 8, 1, new Cancellation());
    }

    private static CliRun demo(Path folder, int testScenes, long seed, Cancellation cancellation) {
        return CliRun.of(cancellation, "demo", "--out", folder.toString(), "--test-scenes", Integer.toString(testScenes),
                "--size", "64", "--scale", "0.2,0.4", "--input-size", "32", "--epochs", "1", "--steps", "2", "--batch",
                "8", "--max-minutes", "2", "--seed", Long.toString(seed));
    }

    @Test
    void writesEveryFileOfTheMainJobAndPointsToTheReport() throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        for (String file : List.of("model.zip", "history.csv", "predictions.csv", "metrics.json", "contact-sheet.png",
                "contact-sheet.svg", "loss.svg", "loss.png", "report.html", "held-out/labels.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertTrue(run.out().endsWith("Report: " + out.resolve("report.html").toAbsolutePath() + "\n"), run.out());

        JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        for (String key : List.of("detection_accuracy", "mean_iou", "reference_loss", "train_seconds", "backend")) {
            assertTrue(metrics.has(key), key);
        }
        assertEquals(8, metrics.get("images").asInt());
        assertTrue(metrics.get("train_seconds").asDouble() > 0);
        assertTrue(metrics.get("backend").asText().startsWith("CPU backend"), metrics.get("backend").asText());
        assertEquals(9, Files.readAllLines(out.resolve("predictions.csv")).size());
        try (var heldOut = Files.list(out.resolve("held-out"))) {
            assertEquals(9, heldOut.filter(file -> !file.getFileName().toString().startsWith(".")).count(),
                    "8 scenes and their labels");
        }

        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<img src=\"contact-sheet.png\"") && report.contains("<img src=\"loss.svg\""), report);
        assertTrue(report.contains("<th>Detection accuracy</th><td class=\"value\">"
                + Score.number(metrics.get("detection_accuracy").asDouble()) + "</td>"), report);
    }

    @Test
    void anInterruptedDemoOverAFinishedOneLeavesItCompleteAndConsistent() throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> before = FolderContents.of(out);
        Map<String, byte[]> earlier = Map.of("labels.csv", Files.readAllBytes(out.resolve("held-out/labels.csv")));

        CliRun interrupted;
        try (Interruption interruption = Interruption.onceRewritten(dir, earlier)) {
            interrupted = demo(out, 12, 2, interruption.cancellation());
            assertTrue(interruption.happened(), "interrupted once the new held-out scenes were written");
        }

        assertEquals(130, interrupted.exitCode(), interrupted.err());
        assertEquals(before, FolderContents.of(out), "the finished demo, its held-out scenes and report as they were");
        try (var entries = Files.list(dir)) {
            assertEquals(List.of("demo"), entries.map(entry -> entry.getFileName().toString()).toList(),
                    "no half demo beside it");
        }
    }

    @Test
    void aLaterDemoReplacesTheEarlierFolderAsAWhole(@TempDir Path own) throws IOException {
        Path smaller = own.resolve("smaller");
        assertEquals(0, demo(smaller, 6, 1, new Cancellation()).exitCode());
        assertEquals(0, demo(smaller, 3, 1, new Cancellation()).exitCode());
        try (var heldOut = Files.list(smaller.resolve("held-out"))) {
            assertEquals(List.of(".localizer-output", "labels.csv", "scene-000000.png", "scene-000001.png",
                    "scene-000002.png"), heldOut.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }
}
