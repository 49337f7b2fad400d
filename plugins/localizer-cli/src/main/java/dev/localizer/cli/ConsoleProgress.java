package dev.localizer.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import dev.localizer.engine.Progress;

/**
 * Shows the progress of one task on the console. On a terminal it redraws a single line with a bar, the percentage,
 * the engine's latest message and an estimate of the time left; elsewhere (a pipe, a log file, CI) it prints a plain
 * line each time another tenth of the task is done, so logs stay short. {@link #finish()} reports the time the
 * task took; {@link #close()} ends a bar line left by a task that failed. Cancellation is read from the command's
 * {@link Cancellation}.
 */
final class ConsoleProgress implements Progress, AutoCloseable {

    enum Style { BAR, LINES, SILENT }

    private static final int BAR_WIDTH = 24;
    private static final long REDRAW_INTERVAL_NANOS = 100_000_000L;
    /** Below this fraction an estimate extrapolates from too little and jumps around, so none is shown. */
    private static final double MIN_FRACTION_FOR_ETA = 0.03;
    private static final double MIN_SECONDS_FOR_ETA = 1;

    private final PrintStream out;
    private final String task;
    private final Style style;
    private final Cancellation cancellation;
    private final LongSupplier nanoClock;
    private final int lineWidth;
    private final long startNanos;

    private long lastDrawNanos = Long.MIN_VALUE;
    private int lastPrintedTenth = -1;
    private int lastLineLength;
    private boolean lineOpen;
    private double fraction;
    private String message = "";

    ConsoleProgress(PrintStream out, String task, Style style, Cancellation cancellation, LongSupplier nanoClock,
            int lineWidth) {
        this.out = out;
        this.task = task;
        this.style = style;
        this.cancellation = cancellation;
        this.nanoClock = nanoClock;
        this.lineWidth = lineWidth;
        this.startNanos = nanoClock.getAsLong();
    }

    @Override
    public synchronized void report(double fraction, String message) {
        this.fraction = Double.isNaN(fraction) ? this.fraction : Math.max(0, Math.min(1, fraction));
        this.message = withoutTaskName(message == null ? "" : message.strip());
        switch (style) {
            case BAR -> redrawIfDue();
            case LINES -> printIfNextTenth();
            case SILENT -> { }
        }
    }

    @Override
    public boolean isCancelled() {
        return cancellation.isRequested();
    }

    /** Ends the task's console output with how long it took. */
    synchronized void finish() {
        String took = "done in " + formatDuration(elapsedSeconds());
        switch (style) {
            case BAR -> draw(task + " " + took);
            case LINES -> out.println(task + ": " + took);
            case SILENT -> { }
        }
        close();
    }

    /** Ends the bar's line, so that whatever is printed next starts on a line of its own. */
    @Override
    public synchronized void close() {
        if (lineOpen) {
            out.println();
            lineOpen = false;
        }
        out.flush();
    }

    private void redrawIfDue() {
        long now = nanoClock.getAsLong();
        if (fraction < 1 && lastDrawNanos != Long.MIN_VALUE && now - lastDrawNanos < REDRAW_INTERVAL_NANOS) {
            return;
        }
        lastDrawNanos = now;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        String eta = eta();
        draw(String.format(Locale.ROOT, "%s [%s] %3d%%%s%s", task, bar, percent(), eta.isEmpty() ? "" : " " + eta,
                message.isEmpty() ? "" : " " + message));
    }

    private void draw(String text) {
        String line = text.length() > lineWidth ? text.substring(0, lineWidth) : text;
        // Pad over the rest of a longer previous line, which '\r' alone would leave visible.
        String padding = " ".repeat(Math.max(0, lastLineLength - line.length()));
        out.print("\r" + line + padding);
        out.flush();
        lineOpen = true;
        lastLineLength = line.length();
    }

    private void printIfNextTenth() {
        int tenth = (int) Math.floor(fraction * 10);
        if (tenth <= lastPrintedTenth) {
            return;
        }
        lastPrintedTenth = tenth;
        String details = (message.isEmpty() ? "" : " " + message) + (eta().isEmpty() ? "" : ", " + eta());
        out.println(String.format(Locale.ROOT, "%s: %d%%%s", task, percent(), details));
        out.flush();
    }

    /** Engine messages often repeat the task's name ("Generating scenes (7 of 20)"); the display shows it once. */
    private String withoutTaskName(String text) {
        return text.startsWith(task) ? text.substring(task.length()).strip() : text;
    }

    private int percent() {
        return (int) Math.floor(fraction * 100);
    }

    private String eta() {
        if (fraction < MIN_FRACTION_FOR_ETA || fraction >= 1 || elapsedSeconds() < MIN_SECONDS_FOR_ETA) {
            return "";
        }
        double remaining = elapsedSeconds() * (1 - fraction) / fraction;
        return "ETA " + formatDuration(remaining);
    }

    private double elapsedSeconds() {
        return (nanoClock.getAsLong() - startNanos) / 1e9;
    }

    static String formatDuration(double seconds) {
        long total = Math.round(Math.max(0, seconds));
        if (total < 60) {
            return total + "s";
        }
        if (total < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", total / 60, total % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", total / 3600, total % 3600 / 60);
    }
}
