package cutover.migration;

import cutover.core.plan.MigrationHistory;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.store.Journal;
import cutover.store.Verification;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Verifies the migration group against Entra ID ({@link ReadinessCheck}) and keeps the outcome in the journal,
 * where the federation switch's preflight reads whether the group was verified. The workbench's Verify does the
 * same from the wave it shows.
 */
public final class GroupVerification {

    /** The readiness report and the verification recorded from it. */
    public record Outcome(Wave wave, List<UserReadiness> report, Verification recorded, int rejectedLines) {
    }

    private static final Duration JOURNAL_PATIENCE = Duration.ofMinutes(1);

    private GroupVerification() {
    }

    /** The verification a readiness report amounts to. */
    public static Verification of(Wave wave, List<UserReadiness> report, Instant at) {
        int ready = 0;
        int userAction = 0;
        int noData = 0;
        List<String> notMigrated = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        for (UserReadiness user : report) {
            switch (user.status()) {
                case READY -> ready++;
                case USER_ACTION -> userAction++;
                case NO_MFA_DATA -> noData++;
                case NOT_MIGRATED -> notMigrated.add(user.upn());
                case MISSING -> missing.add(user.upn());
            }
        }
        return new Verification(at, wave.tenantId(), wave.group().id(), wave.group().displayName(), report.size(),
                ready, userAction, noData, notMigrated, missing);
    }

    /** Records the report's verification in the workspace's journal. */
    public static Verification record(Path workspace, Wave wave, List<UserReadiness> report)
            throws InterruptedException {
        Verification verification = of(wave, report, Instant.now());
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            journal.recordVerification(verification);
        }
        return verification;
    }

    /**
     * Reads the export and the group, checks every member against Entra ID and records the outcome.
     *
     * @throws IllegalArgumentException when the export or the group cannot be used (nothing was recorded)
     */
    public static Outcome run(GraphConnection connection, Path workspace, Path export, String group,
            MigrationSettings settings, Consumer<String> log, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + group, 100);
        WaveSource.Start start;
        try {
            start = WaveSource.open(connection, export, group, log);
        } catch (WaveSource.WaveSourceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        WaveSource.Export read = start.export();
        GroupRef ref = start.group();
        MigrationHistory history;
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            history = journal.history();
        }
        Wave wave = new WaveLoader(connection).load(ref, read.users(), settings.matchAttribute(), history,
                progress.split(30));
        List<UserReadiness> report = new ReadinessCheck(new EntraMethodLoader(connection, wave)).check(wave,
                settings.planOptions(), history, progress.split(70));
        return new Outcome(wave, report, record(workspace, wave, report), read.rejectedLines());
    }
}
