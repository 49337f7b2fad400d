package dev.localizer.engine.train;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.nd4j.linalg.dataset.api.MultiDataSet;

import dev.localizer.engine.LocalizerException;

/**
 * Prepares training batches on a background thread (drawing or picking scenes, augmenting, resizing and
 * encoding them) while the network trains on the previous one. One thread draws all batches in order, so a
 * seeded scene source gives the same batches every run.
 */
final class BatchProducer implements AutoCloseable {

    private final BlockingQueue<Object> ready;
    private final Thread thread;

    BatchProducer(Supplier<List<SceneView>> batches, SceneEncoder encoder, int capacity) {
        ready = new ArrayBlockingQueue<>(capacity);
        thread = new Thread(() -> produce(batches, encoder), "localizer-batches");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch; waits for it if needed. */
    MultiDataSet next() throws InterruptedException {
        Object item = ready.take();
        if (item instanceof MultiDataSet batch) {
            return batch;
        }
        Throwable failure = (Throwable) item;
        if (failure instanceof LocalizerException userError) {
            throw new LocalizerException(userError.getMessage(), userError);
        }
        throw new IllegalStateException("Preparing a training batch failed: " + failure, failure);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void produce(Supplier<List<SceneView>> batches, SceneEncoder encoder) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                ready.put(encoder.encode(batches.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            ready.clear();
            ready.offer(e);
        }
    }
}
