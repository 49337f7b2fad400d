package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFileOfTheMainJobAndPointsToTheReport() throws IOException {
        Path out = dir.resolve("demo");
        Path stale = Files.createDirectories(out.resolve("held-out")).resolve("scene-000099.png");
        Files.writeString(stale, "a scene of an earlier, larger run");
        CliRun run = CliRun.of("demo", "--out", out.toString(), "--test-scenes", "8", "--size", "64", "--scale", "0.2,0.4",
                "--input-size", "32", "--epochs", "1", "--steps", "2", "--batch", "8", "--max-minutes", "2");

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
            assertEquals(9, heldOut.count(), "8 scenes and their labels, nothing left of an earlier run");
        }

        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("<img src=\"contact-sheet.png\"") && report.contains("<img src=\"loss.svg\""), report);
        assertTrue(report.contains("<th>Detection accuracy</th><td class=\"value\">"
                + Score.number(metrics.get("detection_accuracy").asDouble()) + "</td>"), report);
    }
}
