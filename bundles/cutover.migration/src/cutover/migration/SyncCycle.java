package cutover.migration;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.OathSeed;
import cutover.graph.ApplyRun;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.PlanWrites;
import cutover.graph.WritePacer;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import cutover.store.RunInfo;
import cutover.store.RunKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * One round of automatic sync, the equivalent of MFA Server's Migration Sync service: finishes a sync run an
 * earlier round left unfinished, then reads the export and the group, and migrates only the members whose MFA
 * Server data is new or changed, as a journaled {@link RunKind#SYNC} run. The journal is open only while it is
 * needed, so the workbench can read it between rounds.
 */
public final class SyncCycle {

    /** How long a round waits for the workbench to let go of the journal. */
    static final Duration JOURNAL_PATIENCE = Duration.ofMinutes(10);

    /** What a round did. */
    public record Result(int members, int toMigrate, int writes, int confirmed, int failed, long run,
            int rejectedLines) {
        public boolean complete() {
            return confirmed + failed == writes && failed == 0;
        }
    }

    private final GraphConnection connection;
    private final Path workspace;
    private final Consumer<String> log;
    private final Map<String, OathSeed> seeds;
    private final Map<String, char[]> secrets;

    public SyncCycle(GraphConnection connection, Path workspace, Map<String, OathSeed> seeds,
            Map<String, char[]> secrets, Consumer<String> log) {
        this.connection = connection;
        this.workspace = workspace;
        this.seeds = Map.copyOf(seeds);
        this.secrets = secrets;
        this.log = log;
    }

    /**
     * @throws SyncException when the export, the group or the journal cannot be used (nothing was written)
     */
    public Result run(Path export, String group, MigrationSettings settings, IProgressMonitor monitor)
            throws SyncException, InterruptedException {
        resumeUnfinished(monitor);
        WaveSource.Start start;
        try {
            start = WaveSource.open(connection, export, group, log);
        } catch (WaveSource.WaveSourceException e) {
            throw new SyncException(e.getMessage());
        }
        WaveSource.Export read = start.export();
        GroupRef ref = start.group();
        List<MfaServerUser> users = read.users();
        MigrationHistory history;
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            history = journal.history();
        }
        Wave wave = new WaveLoader(connection).load(ref, users, settings.matchAttribute(), history, monitor);
        List<WaveUser> selection = wave.users().stream()
                .filter(u -> u.mfa() != null && (settings.migrateAll() || u.change().needsMigration())).toList();
        log.accept(String.format(Locale.US, "group \"%s\": %,d members, %,d new or changed", ref.displayName(),
                wave.users().size(), selection.size()));
        new EntraMethodLoader(connection, wave).load(selection, monitor);
        WavePlan plan = WavePlan.of(wave, selection, settings.planOptions(), history, seeds);
        List<JournalWrite> writes = PlanWrites.of(plan.plan());
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            journal.recordMigrated(plan.settledUsers(java.time.Instant.now()));
            if (writes.isEmpty()) {
                return new Result(wave.users().size(), selection.size(), 0, 0, 0, -1, read.rejectedLines());
            }
            long run = journal.startRun(RunKind.SYNC, null, wave.tenantId(), "sync of group " + ref.displayName()
                    + " (" + ref.id() + ")", writes);
            log.accept(String.format(Locale.US, "run %d: %,d writes for %,d users", run, writes.size(),
                    plan.users().size()));
            List<JournalEntry> entries = apply(journal, run, monitor);
            return new Result(wave.users().size(), selection.size(), entries.size(), count(entries,
                    EntryState.CONFIRMED), count(entries, EntryState.FAILED), run, read.rejectedLines());
        }
    }

    private void resumeUnfinished(IProgressMonitor monitor) throws InterruptedException {
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            for (RunInfo info : journal.runs()) {
                if (info.kind() == RunKind.SYNC && info.finishedAt() == null && info.left() > 0) {
                    log.accept("run " + info.id() + " was interrupted; continuing it first");
                    apply(journal, info.id(), monitor);
                }
            }
        }
    }

    private List<JournalEntry> apply(Journal journal, long run, IProgressMonitor monitor) {
        long[] lastLog = {System.nanoTime()};
        return new ApplyRun(connection, journal, WritePacer.documented(), 4, secrets).run(run, monitor, p -> {
            if (System.nanoTime() - lastLog[0] > 30_000_000_000L) {
                lastLog[0] = System.nanoTime();
                log.accept(String.format(Locale.US, "run %d: %,d confirmed, %,d failed, %,d to go, %,d throttled",
                        run, p.confirmed(), p.failed(), p.remaining(), p.throttled()));
            }
        });
    }

    private static int count(List<JournalEntry> entries, EntryState state) {
        return (int) entries.stream().filter(e -> e.state() == state).count();
    }

    /** A round could not start: the input is wrong, not the tenant's answers. */
    public static final class SyncException extends Exception {
        private static final long serialVersionUID = 1L;

        public SyncException(String message) {
            super(message);
        }
    }
}
