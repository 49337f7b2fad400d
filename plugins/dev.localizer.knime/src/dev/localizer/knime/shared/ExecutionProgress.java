package dev.localizer.knime.shared;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

import dev.localizer.engine.CancelledException;
import dev.localizer.engine.Progress;

/**
 * The engine's {@link Progress} on top of a KNIME {@link ExecutionMonitor}: the engine reports once per batch and
 * polls {@link #isCancelled()} once per batch, so a cancel in KNIME stops the work within one batch.
 */
public final class ExecutionProgress implements Progress {

    private final ExecutionMonitor m_monitor;

    public ExecutionProgress(final ExecutionMonitor monitor) {
        m_monitor = monitor;
    }

    @Override
    public void report(final double fraction, final String message) {
        m_monitor.setProgress(Math.max(0, Math.min(1, fraction)), message);
    }

    @Override
    public boolean isCancelled() {
        try {
            m_monitor.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }

    /**
     * Runs engine work and turns the engine's cancellation into KNIME's, so that KNIME shows "cancelled" rather than
     * an error.
     */
    public static <T> T run(final ExecutionMonitor monitor, final EngineWork<T> work) throws CanceledExecutionException {
        try {
            return work.run(new ExecutionProgress(monitor));
        } catch (CancelledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    /** Engine work that reports progress. */
    @FunctionalInterface
    public interface EngineWork<T> {
        T run(Progress progress);
    }
}
