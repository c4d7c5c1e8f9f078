package cutover.graph;

/**
 * Keeps writes inside Graph's documented budget for one app in one tenant (3,000 writes per 150 s) so that a long
 * run is not throttled: a token bucket that starts full and refills evenly. When Graph nevertheless
 * answers 429, {@link #pause(long)} holds every writer back for the Retry-After. (Lowering the rate after each
 * 429 was tried: the few 429s of clocks drifting apart then cost more than 10 % of the throughput.)
 * <p>
 * The bucket only knows Cutover's own writes. Another writer with the same app in the same tenant (a sync service
 * beside the workbench, a second specialist) spends the same budget, so {@link #observe(double)} takes Graph's
 * {@code x-ms-throttle-limit-percentage} into account: the bucket never holds more than what Graph says is left.
 * Thread-safe.
 */
public final class WritePacer {

    private static final int BUDGET_WRITES = 3_000;
    private static final double BUDGET_SECONDS = 150;
    private static final double MARGIN = 0.98;

    private final double tokensPerNano;
    private final double capacity;
    private double tokens;
    private long last;
    private long pausedUntil;


    /**
     * @param writes the budget's writes
     * @param windowSeconds the budget's window
     */
    public WritePacer(int writes, double windowSeconds) {
        if (writes <= 0 || windowSeconds <= 0) {
            throw new IllegalArgumentException("the write budget must be positive");
        }
        this.capacity = writes;
        this.tokensPerNano = writes / (windowSeconds * 1e9);
        this.tokens = writes;
        this.last = System.nanoTime();
    }

    /** Graph's documented write budget per app and tenant, less a 2 % margin for clocks that differ. */
    public static WritePacer documented() {
        return scaled(1);
    }

    /** The documented budget with a clock {@code timeScale} times faster (a local tenant's benchmarks). */
    public static WritePacer scaled(double timeScale) {
        return new WritePacer(BUDGET_WRITES, BUDGET_SECONDS / timeScale / MARGIN);
    }

    /** Waits until {@code count} writes may be sent; false when interrupted. */
    public boolean acquire(int count) {
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                refill(now);
                if (now >= pausedUntil && tokens >= count) {
                    tokens -= count;
                    return true;
                }
                long untilPause = pausedUntil - now;
                long untilTokens = (long) ((count - tokens) / tokensPerNano);
                wait = Math.max(untilPause, untilTokens);
            }
            try {
                Thread.sleep(Math.max(1, wait / 1_000_000), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Holds all writers back for this long (Graph's Retry-After), and empties the bucket. */
    public synchronized void pause(long millis) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + millis * 1_000_000);
        tokens = 0;
    }

    /**
     * What Graph reported of the budget in use (0.8 = 80 %), or a negative value when it reported nothing. Graph
     * reports only above 80 % and rounds down, so what is left is at most {@code 1 - used}.
     */
    public synchronized void observe(double used) {
        if (used < 0) {
            return;
        }
        refill(System.nanoTime());
        tokens = Math.min(tokens, capacity * Math.max(0, 1 - used));
    }

    /** Writes that may be sent now without waiting (for tests and the progress line). */
    public synchronized int available() {
        refill(System.nanoTime());
        return (int) tokens;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
        last = now;
    }
}
