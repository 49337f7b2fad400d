package dev.localizer.engine;

/**
 * How long-running engine work reports progress and learns that it should stop. Adapters map it onto a
 * KNIME ExecutionMonitor or a terminal progress bar.
 */
public interface Progress {

    /** Ignores progress and is never cancelled. */
    Progress NONE = (fraction, message) -> { };

    /** @param fraction done so far, 0..1 */
    void report(double fraction, String message);

    /** Whether the user asked to stop; work polls this at least once per batch. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A view of this progress in which 0..1 maps onto {@code from..to} of this one. */
    default Progress range(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                parent.report(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
