package dev.localizer.engine.scene;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

import dev.localizer.engine.CancelledException;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.Progress;

/**
 * Work on indices spread over pooled threads: a fixed count with progress and cancellation on the caller, or an
 * endless sequence made ahead of its consumer.
 */
final class IndexedWork {

    /**
     * Threads kept between calls: training asks for a batch of a few dozen scenes at a time, and starting fresh
     * threads for each batch cost as much as making the scenes (measured: two new threads per 64 scenes gave no
     * speed-up over one thread). Idle threads end after a minute; daemons never keep the JVM alive.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "scene-worker");
        thread.setDaemon(true);
        return thread;
    });

    private IndexedWork() {
    }

    /** Work on one index; may throw. */
    interface Task {
        void run(int index) throws Exception;
    }

    /**
     * Runs {@code task} for indices {@code 0 … count-1} on the caller and {@code threads - 1} pooled workers that
     * take the next index in turn; the caller also reports progress and watches for cancellation between its
     * indices. The first failure stops all of them and is rethrown.
     */
    static void run(int count, int threads, Progress progress, String message, Task task) {
        int workers = Math.min(SceneGenerator.resolveThreads(threads), count);
        AtomicInteger nextIndex = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int index;
            while (failure.get() == null && (index = nextIndex.getAndIncrement()) < count) {
                runOne(task, index, done, failure);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            helpers.add(WORKERS.submit(worker));
        }
        int index;
        while (failure.get() == null && (index = nextIndex.getAndIncrement()) < count) {
            if (progress.isCancelled()) {
                failure.compareAndSet(null, new CancelledException());
                break;
            }
            runOne(task, index, done, failure);
            progress.report((double) done.get() / count, message + " (" + done.get() + " of " + count + ")");
        }
        for (Future<?> helper : helpers) {
            awaitEnd(helper, failure);
        }
        rethrow(failure.get());
        progress.report(1, message + " (" + count + " of " + count + ")");
    }

    /**
     * Endless items {@code 0, 1, 2, …} in order, each made whole by {@code make} on one of {@code threads} threads of
     * its own. Twice as many items as threads are queued, so that a thread finishing one starts the next at once
     * instead of waiting for the consumer to ask (measured: with only one item per thread, two threads made 1.3× the
     * scenes of one; with two, 1.65×, as much as threads that never wait). The threads end a second after the last
     * item is taken; at most {@code 2 × threads} items are made that nobody takes. A failure of {@code make} is
     * thrown by {@code next()} for that item.
     */
    static <T> Iterator<T> ahead(int threads, LongFunction<T> make) {
        int makers = SceneGenerator.resolveThreads(threads);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(makers, makers, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "scene-maker");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return new Iterator<>() {
            private final Deque<Future<T>> queued = new ArrayDeque<>();
            private long nextToQueue;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                while (queued.size() < 2 * makers) {
                    long item = nextToQueue++;
                    queued.add(pool.submit(() -> make.apply(item)));
                }
                return await(queued.poll());
            }
        };
    }

    private static <T> T await(Future<T> item) {
        try {
            return item.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            rethrow(e.getCause());
            throw new IllegalStateException("unreachable");
        }
    }

    private static void runOne(Task task, int index, AtomicInteger done, AtomicReference<Throwable> failure) {
        try {
            task.run(index);
            done.incrementAndGet();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    /** Waits for a worker, which ends within one index once the work is done or has failed. */
    private static void awaitEnd(Future<?> helper, AtomicReference<Throwable> failure) {
        try {
            helper.get();
        } catch (InterruptedException e) {
            failure.compareAndSet(null, new CancelledException());
            Thread.currentThread().interrupt();
        } catch (ExecutionException unexpected) {
            // workers record their own failures; one escaping here is a bug in this class
            failure.compareAndSet(null, unexpected.getCause());
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
