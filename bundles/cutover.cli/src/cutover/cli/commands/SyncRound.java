package cutover.cli.commands;

import cutover.cli.ExitCode;
import cutover.graph.GraphException;
import cutover.migration.MigrationSettings;
import cutover.migration.SyncCycle;
import cutover.store.JournalException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalInt;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * One round of {@code cutover sync} as the service sees it: runs the {@link SyncCycle}, logs a one-line summary,
 * and turns what happened into an exit code. A failed round is logged, never thrown: the service tries again.
 */
final class SyncRound implements SyncService.Round {

    private final SyncCycle cycle;
    private final Path export;
    private final MigrationSettings settings;
    private final SyncLog log;
    private final PrintStream err;

    SyncRound(SyncCycle cycle, Path export, MigrationSettings settings, SyncLog log, PrintStream err) {
        this.cycle = cycle;
        this.export = export;
        this.settings = settings;
        this.log = log;
        this.err = err;
    }

    @Override
    public OptionalInt run(IProgressMonitor monitor) {
        try {
            SyncCycle.Result result = cycle.run(export, settings.syncGroup(), settings, monitor);
            if (monitor.isCanceled() && result.confirmed() + result.failed() < result.writes()) {
                log.info("round stopped: run " + result.run() + " continues at the next start");
                return OptionalInt.empty();
            }
            log.info(summary(result));
            return OptionalInt.of(exitCode(result));
        } catch (SyncCycle.SyncException e) {
            log.error("round failed: " + e.getMessage());
            return OptionalInt.of(ExitCode.BAD_INPUT);
        } catch (OperationCanceledException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return stopped();
        } catch (GraphException | JournalException e) {
            if (monitor.isCanceled()) {
                return stopped(); // the demo tenant may stop serving on the same signal
            }
            log.error("round failed: " + e.getMessage());
            return OptionalInt.of(ExitCode.FAILURE);
        } catch (RuntimeException e) {
            log.error("round failed: internal error: " + e);
            e.printStackTrace(err);
            return OptionalInt.of(ExitCode.FAILURE);
        }
    }

    private OptionalInt stopped() {
        log.info("round stopped; an unfinished run continues at the next start");
        return OptionalInt.empty();
    }

    static String summary(SyncCycle.Result result) {
        String text = String.format(Locale.US, "round done: %,d members, %,d new or changed, ", result.members(),
                result.toMigrate());
        if (result.writes() == 0) {
            text += "nothing to write";
        } else {
            text += String.format(Locale.US, "%,d of %,d writes confirmed, %,d failed (run %d)", result.confirmed(),
                    result.writes(), result.failed(), result.run());
        }
        if (result.rejectedLines() > 0) {
            text += String.format(Locale.US, "; %,d export lines rejected", result.rejectedLines());
        }
        return text;
    }

    private static int exitCode(SyncCycle.Result result) {
        if (!result.complete()) {
            return ExitCode.FAILURE;
        }
        return result.rejectedLines() > 0 ? ExitCode.BAD_INPUT : ExitCode.OK;
    }
}
