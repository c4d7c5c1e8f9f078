package cutover.migration.ui.wave;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import cutover.graph.ApplyRun;
import cutover.graph.GraphConnection;
import cutover.graph.PlanWrites;
import cutover.graph.WritePacer;
import cutover.migration.WavePlan;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.RunKind;

/**
 * A migration run from the workbench: the plan's writes journaled as a new run (or an interrupted run continued),
 * sent within Graph's write budget. Cancel stops sending after the writes in flight; the run stays in the journal
 * and the Group view offers to resume it, here or after a restart.
 */
final class MigrationJob extends Job {

    private final GraphConnection connection;
    private final Path workspace;
    private final WavePlan plan;
    private final String source;
    private final long resumeRun;
    private final java.util.Map<String, char[]> secrets;
    private Consumer<String> onProgress = text -> { };
    private Consumer<String> onDone = text -> { };
    private volatile double fraction;
    private long lastReport;

    private MigrationJob(GraphConnection connection, Path workspace, WavePlan plan, String source, long resumeRun,
            TokenSeeds seeds) {
        super(resumeRun > 0 ? "Resuming run " + resumeRun : "Migrating " + plan.users().size() + " users");
        this.connection = connection;
        this.workspace = workspace;
        this.plan = plan;
        this.source = source;
        this.resumeRun = resumeRun;
        this.secrets = seeds.secrets();
        setUser(false);
    }

    static MigrationJob fresh(GraphConnection connection, Path workspace, WavePlan plan, String source,
            TokenSeeds seeds) {
        return new MigrationJob(connection, workspace, plan, source, -1, seeds);
    }

    static MigrationJob resume(GraphConnection connection, Path workspace, long run, TokenSeeds seeds) {
        return new MigrationJob(connection, workspace, null, null, run, seeds);
    }

    void onProgress(Consumer<String> listener) {
        onProgress = listener;
    }

    void onDone(Consumer<String> listener) {
        onDone = listener;
    }

    double fractionDone() {
        return fraction;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String outcome;
        try (Journal journal = Journal.openWaiting(workspace, WaveJobs.JOURNAL_PATIENCE)) {
            long run = resumeRun > 0 ? resumeRun
                    : journal.startRun(RunKind.APPLY, null, plan.wave().tenantId(), source, PlanWrites.of(plan.plan()));
            if (plan != null) {
                journal.recordMigrated(plan.settledUsers(java.time.Instant.now()));
            }
            List<JournalEntry> before = journal.entries(run);
            int confirmedBefore = count(before, EntryState.CONFIRMED);
            long started = System.nanoTime();
            List<JournalEntry> entries = new ApplyRun(connection, journal, WritePacer.documented(), 4, secrets)
                    .run(run, monitor, p -> progress(run, p, confirmedBefore, started));
            int confirmed = count(entries, EntryState.CONFIRMED);
            int failed = count(entries, EntryState.FAILED);
            int left = entries.size() - confirmed - failed;
            outcome = String.format(Locale.US, "Run %d %s: %,d of %,d writes confirmed, %,d failed, %,d not sent%s",
                    run, monitor.isCanceled() ? "stopped" : "finished", confirmed, entries.size(), failed, left,
                    left > 0 ? " (Resume continues it)" : "");
        } catch (InterruptedException e) {
            outcome = "The migration did not start: interrupted while waiting for the journal";
        } catch (RuntimeException e) {
            outcome = "The migration stopped: " + e.getMessage();
        }
        onDone.accept(outcome);
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** At most ten reports a second: every answer would flood the UI thread. */
    private synchronized void progress(long run, ApplyRun.Progress p, int confirmedBefore, long started) {
        long now = System.nanoTime();
        if (now - lastReport < 100_000_000L && p.remaining() > 0) {
            return;
        }
        lastReport = now;
        int total = p.confirmed() + p.failed() + p.remaining();
        fraction = total == 0 ? 1 : (p.confirmed() + p.failed()) / (double) total;
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double rate = (p.confirmed() - confirmedBefore) / seconds;
        onProgress.accept(String.format(Locale.US, "Run %d: %,d of %,d written · %,d failed · %.0f writes/s · ETA %s"
                + " · %,d throttled · write budget %.0f %% used", run, p.confirmed(), total, p.failed(), rate,
                eta(p.remaining(), rate), p.throttled(), p.limitPercentage() * 100));
    }

    private static String eta(int remaining, double rate) {
        if (remaining == 0) {
            return "0 s";
        }
        if (rate <= 0) {
            return "unknown";
        }
        long seconds = (long) Math.ceil(remaining / rate);
        return seconds < 60 ? seconds + " s" : String.format(Locale.US, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static int count(List<JournalEntry> entries, EntryState state) {
        return (int) entries.stream().filter(e -> e.state() == state).count();
    }
}
