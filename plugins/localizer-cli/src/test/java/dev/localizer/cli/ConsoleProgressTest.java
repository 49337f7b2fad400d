package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();
    private final Cancellation cancellation = new Cancellation();

    @Test
    void plainLinesAppearOncePerTenthWithAnEstimate() {
        try (ConsoleProgress progress = progress(ConsoleProgress.Style.LINES)) {
            for (int step = 1; step <= 40; step++) {
                nanos.addAndGet(500_000_000L);
                progress.report(step / 40.0, "step " + step);
            }
            progress.finish();
        }
        List<String> lines = text().lines().toList();
        assertEquals(12, lines.size(), text());
        assertEquals("Training: 2% step 1", lines.get(0), "the first report shows that the task started");
        assertEquals("Training: 10% step 4, ETA 18s", lines.get(1));
        assertEquals("Training: 50% step 20, ETA 10s", lines.get(5));
        assertEquals("Training: 100% step 40", lines.get(10));
        assertEquals("Training: done in 20s", lines.get(11));
    }

    @Test
    void theBarRedrawsOneLineWithPercentAndEstimate() {
        try (ConsoleProgress progress = progress(ConsoleProgress.Style.BAR)) {
            nanos.addAndGet(30_000_000_000L);
            progress.report(0.25, "epoch 1/4");
            nanos.addAndGet(30_000_000_000L);
            progress.report(0.5, "epoch 2/4");
            progress.finish();
        }
        String[] draws = text().split("\r");
        assertEquals("Training [######------------------]  25% ETA 1m30s epoch 1/4", draws[1]);
        assertEquals("Training [############------------]  50% ETA 1m00s epoch 2/4", draws[2]);
        assertTrue(draws[3].startsWith("Training done in 1m00s  "), "the final line overwrites the bar: " + draws[3]);
        assertTrue(text().endsWith("\n"));
    }

    @Test
    void aFailedTaskEndsItsBarLineWithoutClaimingToBeDone() {
        try (ConsoleProgress progress = progress(ConsoleProgress.Style.BAR)) {
            progress.report(0.5, "half");
        }
        assertEquals("\rTraining [############------------]  50% half\n", text());
    }

    @Test
    void quietProgressPrintsNothingButStillSeesCancellation() {
        try (ConsoleProgress progress = progress(ConsoleProgress.Style.SILENT)) {
            progress.report(0.5, "half");
            assertFalse(progress.isCancelled());
            cancellation.request();
            assertTrue(progress.isCancelled());
        }
        assertEquals("", text());
    }

    @Test
    void durationsReadNaturally() {
        assertEquals("0s", ConsoleProgress.formatDuration(0.2));
        assertEquals("59s", ConsoleProgress.formatDuration(59));
        assertEquals("1m05s", ConsoleProgress.formatDuration(65));
        assertEquals("2h01m", ConsoleProgress.formatDuration(7260));
    }

    private ConsoleProgress progress(ConsoleProgress.Style style) {
        return new ConsoleProgress(out, "Training", style, cancellation, nanos::get, 100);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
