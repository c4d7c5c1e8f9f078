package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.cli.ExitCode;
import cutover.cli.commands.SyncService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The loop of {@code cutover sync}: when rounds start, and how {@code stop()} (the signal) ends it. */
@Timeout(30)
class SyncServiceTest {

    private static final Duration INTERVAL = Duration.ofMinutes(15);

    private final ManualClock clock = new ManualClock();
    private final List<String> log = new CopyOnWriteArrayList<>();

    @Test
    void roundsStartAnIntervalAfterTheStartOfTheLastOneAndAnOverrunIsFollowedAtOnce() {
        List<Duration> rounds = List.of(Duration.ofMinutes(5), Duration.ofMinutes(20), Duration.ofMinutes(1));
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        AtomicInteger round = new AtomicInteger();
        SyncService service = new SyncService(INTERVAL, clock, (duration, stop) -> {
            pauses.add(duration);
            clock.advance(duration);
        }, log::add);
        int code = service.runUntilStopped(monitor -> {
            int index = round.getAndIncrement();
            clock.advance(rounds.get(index));
            if (index == rounds.size() - 1) {
                service.stop();
            }
            return OptionalInt.of(ExitCode.OK);
        });
        assertEquals(ExitCode.OK, code);
        assertEquals(3, round.get());
        assertEquals(List.of(Duration.ofMinutes(10)), pauses, "no pause after the 20-minute round, none once stopped");
        assertEquals(List.of("next round at 2026-11-25T10:15:00Z"), log);
    }

    @Test
    void stopEndsThePauseAtOnce() throws Exception {
        CountDownLatch firstRoundDone = new CountDownLatch(1);
        SyncService service = new SyncService(Duration.ofHours(1), Clock.systemUTC(), SyncService.REAL_PAUSE,
                log::add);
        AtomicInteger code = new AtomicInteger(-1);
        Thread loop = new Thread(() -> code.set(service.runUntilStopped(monitor -> {
            firstRoundDone.countDown();
            return OptionalInt.of(ExitCode.OK);
        })));
        loop.start();
        assertTrue(firstRoundDone.await(10, TimeUnit.SECONDS));
        waitFor(() -> !log.isEmpty()); // "next round at …": pausing
        long stopping = System.nanoTime();
        service.stop();
        loop.join(10_000);
        assertFalse(loop.isAlive());
        assertTrue(System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(5), "the hour's pause ended at once");
        assertEquals(ExitCode.OK, code.get());
    }

    @Test
    void stopCancelsTheRoundInProgressAndTheLastFinishedRoundGivesTheExitCode() throws Exception {
        CountDownLatch secondRoundStarted = new CountDownLatch(1);
        AtomicBoolean cancelSeen = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        SyncService service = new SyncService(INTERVAL, clock, (duration, stop) -> clock.advance(duration),
                log::add);
        AtomicInteger code = new AtomicInteger(-1);
        Thread loop = new Thread(() -> code.set(service.runUntilStopped(monitor -> {
            if (rounds.incrementAndGet() == 1) {
                return OptionalInt.of(ExitCode.BAD_INPUT);
            }
            secondRoundStarted.countDown();
            while (!monitor.isCanceled()) {
                Thread.onSpinWait();
            }
            cancelSeen.set(true);
            return OptionalInt.empty(); // cut short: it does not count
        })));
        loop.start();
        assertTrue(secondRoundStarted.await(10, TimeUnit.SECONDS));
        service.stop();
        loop.join(10_000);
        assertFalse(loop.isAlive());
        assertTrue(cancelSeen.get(), "the round's monitor was cancelled");
        assertEquals(2, rounds.get(), "no round after the stop");
        assertEquals(ExitCode.FAILURE, code.get(), "the last finished round had bad input");
    }

    @Test
    void onceReturnsTheRoundsCodeOrFailureWhenTheStopCutItShort() {
        SyncService service = new SyncService(INTERVAL, clock, SyncService.REAL_PAUSE, log::add);
        assertEquals(ExitCode.BAD_INPUT, service.runOnce(monitor -> OptionalInt.of(ExitCode.BAD_INPUT)));

        SyncService stopping = new SyncService(INTERVAL, clock, SyncService.REAL_PAUSE, log::add);
        assertEquals(ExitCode.FAILURE, stopping.runOnce(monitor -> {
            stopping.stop();
            assertTrue(monitor.isCanceled());
            return OptionalInt.empty();
        }));

        AtomicInteger ran = new AtomicInteger();
        assertEquals(ExitCode.FAILURE, stopping.runOnce(monitor -> {
            ran.incrementAndGet();
            return OptionalInt.of(ExitCode.OK);
        }), "a stopped service starts no round");
        assertEquals(0, ran.get());
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(10);
        }
    }

    /** A clock that moves only when told. */
    private static final class ManualClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-25T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
