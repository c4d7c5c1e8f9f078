package cutover.graph;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Sends units of requests as {@code $batch}es of up to 20 parts, several batches at a time, and handles Graph's
 * answers part by part: a part throttled (429) or refused for the moment (503, 504) goes back in the queue with
 * what depends on it, after its own Retry-After or an exponential backoff with jitter; every other answer goes to
 * the {@link Handler}. A unit's parts are chained with {@code dependsOn}, so they run in order and a failure stops
 * the rest of the unit (Graph answers 424 for them). Never call from the UI thread.
 */
final class BatchExecutor {

    /** Parts that must run in order, for one user; not sent before {@code notBefore} (System.nanoTime). */
    record Unit(Object key, List<BatchPart> parts, int attempt, long notBefore) {

        Unit(Object key, List<BatchPart> parts, int attempt) {
            this(key, parts, attempt, 0);
        }

        Unit later(List<BatchPart> rest, long delayMillis) {
            return new Unit(key, rest, attempt + 1, System.nanoTime() + delayMillis * 1_000_000);
        }
    }

    interface Handler {
        /** A part's final answer (success, or a failure that sending again will not fix). */
        void answered(Unit unit, BatchPart part, PartResult result);

        /**
         * The batch got no answer: its parts may or may not have been run.
         *
         * @return true to send the units again (safe for reads), false when the handler settles them
         */
        boolean noAnswer(List<Unit> units, IOException e);
    }

    private static final int MAX_PARTS = 20;
    private static final int MAX_ATTEMPTS = 8;

    private final GraphHttp http;
    private final String root;
    private final int concurrency;
    private final WritePacer pacer;
    private final BooleanSupplier cancelled;

    /**
     * @param pacer paces writes, or null for reads
     */
    BatchExecutor(GraphHttp http, String root, int concurrency, WritePacer pacer, BooleanSupplier cancelled) {
        this.http = http;
        this.root = root;
        this.concurrency = concurrency;
        this.pacer = pacer;
        this.cancelled = cancelled;
    }

    /** Runs all units; returns when every part is answered, given up, or the run is cancelled. */
    void run(List<Unit> units, Handler handler) {
        Deque<Unit> queue = new ArrayDeque<>(units);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "cutover-graph-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (!queue.isEmpty() && !cancelled.getAsBoolean()) {
                List<Future<List<Unit>>> inFlight = new ArrayList<>();
                for (int i = 0; i < concurrency && !queue.isEmpty(); i++) {
                    List<Unit> batch = take(queue);
                    if (batch.isEmpty()) {
                        break;
                    }
                    // only writes spend the write budget
                    int parts = (int) batch.stream().flatMap(u -> u.parts().stream())
                            .filter(part -> !part.method().equals("GET")).count();
                    if (pacer != null && parts > 0 && !pacer.acquire(parts)) {
                        queue.addAll(batch);
                        return;
                    }
                    inFlight.add(pool.submit(() -> send(batch, handler)));
                }
                if (inFlight.isEmpty()) {
                    Thread.sleep(20); // nothing due yet: units wait for their Retry-After or backoff
                }
                for (Future<List<Unit>> future : inFlight) {
                    queue.addAll(future.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new GraphException(0, null, "a batch failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Due units for one batch; empty when none is due yet. */
    private static List<Unit> take(Deque<Unit> queue) {
        List<Unit> batch = new ArrayList<>();
        int parts = 0;
        long now = System.nanoTime();
        int looked = queue.size();
        for (int i = 0; i < looked && !queue.isEmpty(); i++) {
            Unit unit = queue.pollFirst();
            if (unit.parts().size() > MAX_PARTS) {
                throw new IllegalArgumentException("a unit has more than " + MAX_PARTS + " parts");
            }
            if (unit.notBefore() > now || parts + unit.parts().size() > MAX_PARTS) {
                queue.addLast(unit);
                continue;
            }
            batch.add(unit);
            parts += unit.parts().size();
            if (parts == MAX_PARTS) {
                break;
            }
        }
        return batch;
    }

    /** Sends one batch; returns the units to send again. */
    private List<Unit> send(List<Unit> units, Handler handler) throws InterruptedException {
        List<BatchPart> parts = new ArrayList<>();
        units.forEach(unit -> parts.addAll(unit.parts()));
        List<PartResult> results;
        try {
            results = http.batch(root, parts);
        } catch (IOException e) {
            List<Unit> again = new ArrayList<>();
            if (handler.noAnswer(units, e)) {
                for (Unit unit : units) {
                    if (unit.attempt() >= MAX_ATTEMPTS) {
                        throw new GraphException(0, null, "no answer after " + MAX_ATTEMPTS + " attempts: "
                                + e.getMessage(), e);
                    }
                    again.add(unit.later(unit.parts(), backoff(unit.attempt())));
                }
            }
            return again;
        }
        java.util.Map<String, PartResult> byId = new java.util.HashMap<>();
        results.forEach(result -> byId.put(result.id(), result));
        if (pacer != null) {
            pacer.observe(writeBudgetUsed(parts, byId));
        }
        List<Unit> again = new ArrayList<>();
        for (Unit unit : units) {
            List<BatchPart> rest = null;
            long delay = 0;
            for (BatchPart part : unit.parts()) {
                PartResult result = byId.get(part.id());
                if (rest != null) {
                    rest.add(part);
                } else if (result.retryable() && result.status() != 424 && unit.attempt() < MAX_ATTEMPTS) {
                    rest = new ArrayList<>(List.of(part));
                    delay = result.retryAfterSeconds() >= 0 ? result.retryAfterSeconds() * 1000
                            : backoff(unit.attempt());
                    if (result.status() == 429 && pacer != null) {
                        pacer.pause(delay); // the budget is the app's in this tenant: every writer waits
                    }
                } else {
                    handler.answered(unit, part, result);
                }
            }
            if (rest != null) {
                again.add(unit.later(rechain(rest), delay));
            }
        }
        return again;
    }

    /** The highest share of the write budget Graph reported on a write part of this batch, -1 if none. */
    private static double writeBudgetUsed(List<BatchPart> parts, java.util.Map<String, PartResult> byId) {
        double used = -1;
        for (BatchPart part : parts) {
            PartResult result = byId.get(part.id());
            if (!part.method().equals("GET") && result != null) {
                used = Math.max(used, result.budgetUsed());
            }
        }
        return used;
    }

    /** The first part no longer depends on a part of an earlier batch. */
    private static List<BatchPart> rechain(List<BatchPart> parts) {
        List<BatchPart> chained = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            BatchPart part = parts.get(i);
            chained.add(new BatchPart(part.id(), part.method(), part.path(), part.body(),
                    i == 0 ? List.of() : List.of(parts.get(i - 1).id())));
        }
        return chained;
    }

    private static long backoff(int attempt) {
        long base = 500L << Math.min(attempt, 6);
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }
}
