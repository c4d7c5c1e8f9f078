package cutover.cli.commands;

import cutover.cli.ExitCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * The loop of {@code cutover sync}: a round every interval, counted from the start of the round (a round that
 * overran is followed at once), until {@link #stop()}, which cancels the round in progress and ends the pause.
 */
public final class SyncService {

    /** One round of sync. */
    @FunctionalInterface
    public interface Round {
        /**
         * @param monitor cancelled when the service is stopped
         * @return the round's {@link ExitCode}, or empty when the stop cut the round short
         */
        OptionalInt run(IProgressMonitor monitor);
    }

    /** Waits between rounds; tests replace it so that they need not wait for real. */
    @FunctionalInterface
    public interface Pause {
        /** Waits for {@code duration}, or less when {@code stop} opens. */
        void await(Duration duration, CountDownLatch stop) throws InterruptedException;
    }

    public static final Pause REAL_PAUSE = (duration, stop) -> stop.await(duration.toNanos(), TimeUnit.NANOSECONDS);

    private final Duration interval;
    private final Clock clock;
    private final Pause pause;
    private final Consumer<String> log;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile IProgressMonitor current;

    public SyncService(Duration interval, Clock clock, Pause pause, Consumer<String> log) {
        this.interval = interval;
        this.clock = clock;
        this.pause = pause;
        this.log = log;
    }

    /** @return the round's exit code; {@link ExitCode#FAILURE} when the stop cut it short */
    public int runOnce(Round round) {
        return runRound(round).orElse(ExitCode.FAILURE);
    }

    /**
     * Runs rounds until {@link #stop()}.
     *
     * @return {@link ExitCode#OK} when the last round that ran to its end succeeded (or none did), else
     *         {@link ExitCode#FAILURE}
     */
    public int runUntilStopped(Round round) {
        int last = ExitCode.OK;
        while (!stopped()) {
            Instant start = clock.instant();
            OptionalInt code = runRound(round);
            if (code.isPresent()) {
                last = code.getAsInt();
            }
            Instant next = start.plus(interval);
            Duration left = Duration.between(clock.instant(), next);
            if (stopped() || left.isNegative() || left.isZero()) {
                continue;
            }
            log.accept("next round at " + next.truncatedTo(ChronoUnit.SECONDS));
            try {
                pause.await(left, stopSignal);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
            }
        }
        return last == ExitCode.OK ? ExitCode.OK : ExitCode.FAILURE;
    }

    private OptionalInt runRound(Round round) {
        IProgressMonitor monitor = new NullProgressMonitor();
        current = monitor;
        // stop() may have run before current was set, and then cancelled nothing
        if (stopped()) {
            current = null;
            return OptionalInt.empty();
        }
        try {
            return round.run(monitor);
        } finally {
            current = null;
        }
    }

    /** Cancels the round in progress (it finishes the writes in flight) and ends the pause; safe from any thread. */
    public void stop() {
        stopSignal.countDown();
        IProgressMonitor monitor = current;
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    public boolean stopped() {
        return stopSignal.getCount() == 0;
    }
}
