package dev.localizer.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Progress for tests: keeps every message and says "cancelled" once it has received a given number of them. */
public final class RecordingProgress implements Progress {

    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final int reportsBeforeCancelling;

    private RecordingProgress(int reportsBeforeCancelling) {
        this.reportsBeforeCancelling = reportsBeforeCancelling;
    }

    /** Cancelled from the {@code reports}-th report on; 0: cancelled from the start. */
    public static RecordingProgress cancellingAfter(int reports) {
        return new RecordingProgress(reports);
    }

    @Override
    public void report(double fraction, String message) {
        messages.add(message);
    }

    @Override
    public boolean isCancelled() {
        return messages.size() >= reportsBeforeCancelling;
    }

    public List<String> messages() {
        return List.copyOf(messages);
    }
}
