package cutover.cli.commands;

import java.io.PrintStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** The log of {@code cutover sync}: lines {@code 2026-11-25T10:15:00Z sync: …}, errors on stderr. */
final class SyncLog {

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    SyncLog(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    void info(String message) {
        line(out, message);
    }

    void error(String message) {
        line(err, message);
    }

    private void line(PrintStream stream, String message) {
        stream.println(clock.instant().truncatedTo(ChronoUnit.SECONDS) + " sync: " + message);
        stream.flush(); // a service's log is read while it runs
    }
}
