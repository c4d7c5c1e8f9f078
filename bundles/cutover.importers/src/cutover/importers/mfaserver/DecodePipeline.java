package cutover.importers.mfaserver;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes batches of lines, on worker threads for big files and on the calling thread for small ones, and hands
 * them back strictly in submission order. Users therefore reach the consumer in file order and on the caller's
 * thread, whichever threads did the decoding. The worker threads live only as long as one import.
 */
final class DecodePipeline implements AutoCloseable {

    private final ExecutorService workers;
    private final BlockingQueue<LineDecoder> idleDecoders;
    private final LineDecoder inlineDecoder;
    private final Queue<Future<LineBatch>> pending = new ArrayDeque<>();
    private final Queue<LineBatch> decodedInline = new ArrayDeque<>();
    private final int maxInFlight;

    /** @param threads worker threads; 0 decodes on the calling thread */
    DecodePipeline(LineDecoder decoder, int threads) {
        if (threads == 0) {
            workers = null;
            idleDecoders = null;
            inlineDecoder = decoder;
            maxInFlight = 1;
            return;
        }
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "cutover-import-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        idleDecoders = new ArrayBlockingQueue<>(threads);
        idleDecoders.add(decoder);
        for (int i = 1; i < threads; i++) {
            idleDecoders.add(decoder.copy());
        }
        inlineDecoder = null;
        maxInFlight = threads * 2;
    }

    /** True when another batch may be submitted without waiting for results first. */
    boolean hasRoom() {
        return inFlight() < maxInFlight;
    }

    int inFlight() {
        return workers == null ? decodedInline.size() : pending.size();
    }

    void submit(LineBatch batch) {
        if (workers == null) {
            batch.decode(inlineDecoder);
            decodedInline.add(batch);
            return;
        }
        pending.add(workers.submit(() -> {
            LineDecoder decoder = idleDecoders.take();
            try {
                batch.decode(decoder);
            } finally {
                idleDecoders.add(decoder);
            }
            return batch;
        }));
    }

    /** The oldest submitted batch, decoded; waits for it if needed. */
    LineBatch next() throws InterruptedException {
        if (workers == null) {
            return decodedInline.remove();
        }
        try {
            return pending.remove().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("decoding a batch of lines failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
