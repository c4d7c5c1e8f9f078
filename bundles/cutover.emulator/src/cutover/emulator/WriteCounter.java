package cutover.emulator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts every write call (POST, PATCH, PUT, DELETE; {@code $batch} parts one by one) by key
 * {@code "METHOD /version/path body"}, with the body in compact JSON. A write is <em>applied</em> when it got a
 * 2xx answer; all others are <em>rejected</em>, and among those the ones the write budget or an injected fault
 * turned away are also counted as throttled or faulted. The same key applied more than once is a duplicate: a
 * client that retries a write the tenant had already applied. Thread-safe.
 */
public final class WriteCounter {

    /** How a counted write ended. */
    enum Outcome {
        APPLIED, REJECTED, THROTTLED, FAULTED
    }

    private final Map<String, Integer> appliedByKey = new HashMap<>();
    private final Map<String, Integer> duplicateKeys = new LinkedHashMap<>();
    private long total;
    private long applied;
    private long rejected;
    private long throttled;
    private long faulted;
    private long duplicates;

    synchronized void record(String key, Outcome outcome) {
        total++;
        switch (outcome) {
            case APPLIED -> {
                applied++;
                int times = appliedByKey.merge(key, 1, Integer::sum);
                if (times > 1) {
                    duplicates++;
                    duplicateKeys.put(key, times);
                }
            }
            case REJECTED -> rejected++;
            case THROTTLED -> {
                rejected++;
                throttled++;
            }
            case FAULTED -> {
                rejected++;
                faulted++;
            }
        }
    }

    /** Write calls seen, whatever became of them. */
    public synchronized long total() {
        return total;
    }

    /** Writes that changed the tenant (2xx). */
    public synchronized long applied() {
        return applied;
    }

    /** Writes that did not change the tenant, including throttled and faulted ones. */
    public synchronized long rejected() {
        return rejected;
    }

    /** Identical writes applied again after a first time: the sum over keys of (times applied - 1). */
    public synchronized long duplicateWrites() {
        return duplicates;
    }

    /** A copy of all counts, with the keys applied more than once and how often each was applied. */
    public synchronized WriteStats stats() {
        return new WriteStats(total, applied, rejected, throttled, faulted, duplicates, Map.copyOf(duplicateKeys));
    }

    /** Forgets everything counted so far. */
    public synchronized void reset() {
        appliedByKey.clear();
        duplicateKeys.clear();
        total = 0;
        applied = 0;
        rejected = 0;
        throttled = 0;
        faulted = 0;
        duplicates = 0;
    }
}
