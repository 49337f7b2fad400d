package dev.localizer.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void shutdownAsksTheCommandToStopAndWaitsUntilItHasCleanedUp() throws InterruptedException {
        Cancellation cancellation = new Cancellation();
        AtomicBoolean cleanedUp = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        Thread command = new Thread(() -> {
            running.countDown();
            while (!cancellation.isRequested()) {
                Thread.onSpinWait();
            }
            sleep(200);
            cleanedUp.set(true);
            cancellation.commandFinished();
        });
        command.start();
        assertTrue(running.await(5, TimeUnit.SECONDS));

        cancellation.requestAndWait();

        assertTrue(cleanedUp.get(), "the hook returned only after the command cleaned up");
        command.join();
    }

    @Test
    void aShutdownAfterTheCommandFinishedNeitherWaitsNorCancels() {
        Cancellation cancellation = new Cancellation();
        cancellation.commandFinished();
        cancellation.requestAndWait();
        assertFalse(cancellation.isRequested(), "a normal exit is not a cancellation");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
