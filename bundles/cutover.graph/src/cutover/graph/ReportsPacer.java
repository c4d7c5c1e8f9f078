package cutover.graph;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Keeps requests to Graph's reports (audit logs) inside their own limit, 5 requests per 10 s per app and tenant:
 * at most {@code capacity} requests in any window, and none before a 429's Retry-After has passed. Waiting checks
 * the monitor every 100 ms.
 */
public final class ReportsPacer {

    public static final int GRAPH_CAPACITY = 5;
    public static final Duration GRAPH_WINDOW = Duration.ofSeconds(10);

    // the service counts from when it receives a request; a little slack keeps a request sent right at the edge of
    // the window from landing inside it
    private static final long SLACK_NANOS = Duration.ofMillis(100).toNanos();
    private static final long STEP_MILLIS = 100;

    private final int capacity;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Deque<Long> sent = new ArrayDeque<>();
    private long notBefore = Long.MIN_VALUE;

    public ReportsPacer(int capacity, Duration window) {
        this(capacity, window, System::nanoTime);
    }

    ReportsPacer(int capacity, Duration window, LongSupplier clock) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a pace needs a capacity of at least 1 and a positive window");
        }
        this.capacity = capacity;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    /** Graph's reports limit. */
    public static ReportsPacer graph() {
        return new ReportsPacer(GRAPH_CAPACITY, GRAPH_WINDOW);
    }

    /** Waits until a request may go, and counts it as sent. */
    synchronized void awaitTurn(IProgressMonitor monitor) {
        long wait;
        while ((wait = nanosToWait()) > 0) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                wait(Math.max(1, Math.min(STEP_MILLIS, wait / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
        sent.addLast(clock.getAsLong());
    }

    /** After a 429: no request before this much time has passed. */
    synchronized void holdOff(Duration duration) {
        notBefore = Math.max(notBefore, clock.getAsLong() + duration.toNanos());
    }

    /** How long the next request must wait, 0 when it may go now. */
    synchronized long nanosToWait() {
        long now = clock.getAsLong();
        while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos + SLACK_NANOS) {
            sent.removeFirst();
        }
        long forWindow = sent.size() < capacity ? 0 : sent.peekFirst() + windowNanos + SLACK_NANOS - now;
        long forHoldOff = notBefore == Long.MIN_VALUE ? 0 : notBefore - now;
        return Math.max(0, Math.max(forWindow, forHoldOff));
    }
}
