package dev.localizer.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (and any other JVM shutdown) into a cancellation request that running engine work sees through
 * {@link dev.localizer.engine.Progress#isCancelled()}. The shutdown hook then waits a while for the command to
 * stop by itself, so that it can delete temporary files instead of being killed half-way through writing.
 */
final class Cancellation {

    private static final long GRACE_SECONDS = 20;

    private volatile boolean requested;
    private final CountDownLatch commandFinished = new CountDownLatch(1);

    /** A cancellation that only a shutdown of this JVM requests. */
    static Cancellation onShutdown() {
        Cancellation cancellation = new Cancellation();
        Runtime.getRuntime().addShutdownHook(new Thread(cancellation::requestAndWait, "localizer-shutdown"));
        return cancellation;
    }

    boolean isRequested() {
        return requested;
    }

    /** Asks the running command to stop; it sees the request through its progress. */
    void request() {
        requested = true;
    }

    /** The command has returned; a shutdown from now on need not wait for it. */
    void commandFinished() {
        commandFinished.countDown();
    }

    /** What the shutdown hook does: ask the command to stop, then give it time to clean up. */
    void requestAndWait() {
        if (commandFinished.getCount() == 0) {
            return;
        }
        request();
        try {
            commandFinished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
