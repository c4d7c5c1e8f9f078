package cutover.emulator;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Graph's write limit per app and tenant as a token bucket: {@code capacity} writes, refilled evenly over the
 * window (3,000 per 150 s by default). The emulator serves one app in one tenant, so there is one bucket. Reads
 * have no budget here; their resource-unit cost is only reported. Graph's reports limit (5 requests per 10 s) is
 * the same kind of bucket and uses this class too.
 */
final class WriteBudget {

    /** Whether a write may go ahead; when not, how long until a token frees up (whole seconds, at least 1). */
    record Decision(boolean granted, long retryAfterSeconds) {
    }

    private final int capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long lastRefill;

    /**
     * @param capacity writes per window; 0 or less means no limit
     * @param window the refill window on the wall clock (already divided by the time scale)
     */
    WriteBudget(int capacity, Duration window, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) window.toNanos();
        this.nanoClock = nanoClock;
        this.tokens = Math.max(capacity, 0);
        this.lastRefill = nanoClock.getAsLong();
    }

    boolean limited() {
        return capacity > 0;
    }

    synchronized Decision tryTake() {
        if (!limited()) {
            return new Decision(true, 0);
        }
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, 0);
        }
        double nanosToNextToken = (1 - tokens) / tokensPerNano;
        long seconds = (long) Math.ceil(nanosToNextToken / 1e9);
        return new Decision(false, Math.max(1, seconds));
    }

    /** How much of the budget is in use, 0 to 1. */
    synchronized double usage() {
        if (!limited()) {
            return 0;
        }
        refill();
        return 1 - tokens / capacity;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
        lastRefill = now;
    }
}
