package dev.localizer.engine.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;

/** Work on indices {@code 0 … count-1} spread over threads, with progress and cancellation on the caller. */
final class IndexedWork {

    private IndexedWork() {
    }

    /** Work on one index; may throw. */
    interface Task {
        void run(int index) throws Exception;
    }

    /**
     * Runs {@code task} for indices {@code 0 … count-1} on worker threads that take the next index in turn;
     * the caller reports progress and polls for cancellation. The first failure stops all workers and is
     * rethrown.
     */
    static void run(int count, int threads, Progress progress, String message, Task task) {
        int workers = Math.min(SceneGenerator.resolveThreads(threads), count);
        AtomicInteger nextIndex = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int index;
            while (failure.get() == null && (index = nextIndex.getAndIncrement()) < count) {
                try {
                    task.run(index);
                    done.incrementAndGet();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        if (workers == 1) {
            runOnCaller(count, progress, message, task);
            return;
        }
        // The caller only watches: it reports progress and turns cancellation into a stop for the workers.
        List<Thread> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(worker, "scenes-" + w);
            thread.setDaemon(true);
            thread.start();
            running.add(thread);
        }
        try {
            while (!running.isEmpty()) {
                running.get(0).join(100);
                running.removeIf(thread -> !thread.isAlive());
                if (progress.isCancelled()) {
                    failure.compareAndSet(null, new CancelledException());
                }
                progress.report((double) done.get() / count, message + " (" + done.get() + " of " + count + ")");
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new CancelledException());
            Thread.currentThread().interrupt();
        }
        rethrow(failure.get());
        progress.report(1, message + " (" + count + " of " + count + ")");
    }

    private static void runOnCaller(int count, Progress progress, String message, Task task) {
        for (int index = 0; index < count; index++) {
            progress.checkCancelled();
            try {
                task.run(index);
            } catch (Exception e) {
                rethrow(e);
            }
            progress.report((double) (index + 1) / count, message + " (" + (index + 1) + " of " + count + ")");
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure == null) {
            return;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new LocalizerException(failure.getMessage(), failure);
    }

}
