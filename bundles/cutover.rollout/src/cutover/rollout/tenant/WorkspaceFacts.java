package cutover.rollout.tenant;

import cutover.core.inventory.ReadinessRecord;
import cutover.core.plan.MigrationHistory;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.importers.inventory.readiness.ReadinessFile;
import cutover.store.Journal;
import cutover.store.RunInfo;
import cutover.store.Verification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the workspace knows that the tenant-wide switches depend on: who was migrated, the last verification and
 * the runs since, and which dependencies are left. Read in one go, with the journal open only while reading.
 *
 * @param verification the newest verification of the migration group (the group automatic sync is set up for, else
 *            whichever group was verified last), or null
 * @param runsSinceVerification runs that wrote to the tenant and were still writing when that verification was made,
 *            or later (all of them, without one)
 * @param dependenciesLeft the inventory's dependencies not marked migrated, or null when none was imported
 * @param dependencies how many dependencies the inventory has (0 without one)
 */
public record WorkspaceFacts(MigrationHistory history, Verification verification, int runsSinceVerification,
        List<String> dependenciesLeft, int dependencies) {

    static final Duration JOURNAL_PATIENCE = Duration.ofSeconds(30);

    /** Reads the journal and the inventory files of a workspace. */
    public static WorkspaceFacts read(Path workspace, String tenantId) throws InterruptedException {
        MigrationHistory history;
        Verification verification;
        int runsSince;
        String migrationGroup = migrationGroup(workspace);
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            history = journal.history();
            verification = tenantId == null ? null
                    : journal.lastVerification(tenantId, migrationGroup).orElse(null);
            Instant since = verification == null ? Instant.MIN : verification.at();
            runsSince = (int) journal.runs().stream().filter(r -> tenantId == null || tenantId.equals(r.tenantId()))
                    .filter(r -> r.finishedAt() == null || r.finishedAt().isAfter(since))
                    .filter(WorkspaceFacts::wrote).count();
        }
        try {
            Optional<InventoryRoster.Roster> roster = InventoryRoster.load(workspace);
            if (roster.isEmpty()) {
                return new WorkspaceFacts(history, verification, runsSince, null, 0);
            }
            List<ReadinessRecord> records = ReadinessFile.load(workspace);
            List<String> left = roster.get().notMigrated(records).stream()
                    .map(e -> e.category().label() + " " + e.name() + (e.server().isEmpty() ? "" : " (" + e.server() + ")"))
                    .toList();
            return new WorkspaceFacts(history, verification, runsSince, left, roster.get().dependencies().size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dependency inventory of " + workspace + ": "
                    + e.getMessage(), e);
        }
    }

    /** The group automatic sync is set up for, or null. */
    private static String migrationGroup(Path workspace) {
        try {
            return cutover.migration.MigrationSettings.load(workspace).syncGroup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration settings of " + workspace + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean wrote(RunInfo run) {
        return run.total() > 0;
    }

    /** Why the migration group does not count as verified, or null when it does. */
    public String notVerifiedBecause() {
        if (verification == null) {
            return "No verification of the migration group was recorded.";
        }
        String of = "The verification of " + verification.groupName() + " at " + verification.at();
        if (!verification.missing().isEmpty()) {
            return of + " found " + verification.missing().size() + " migrated user(s) missing in Entra ID.";
        }
        if (runsSinceVerification > 0) {
            return of + " is older than " + runsSinceVerification + " run(s) that wrote to Entra ID since.";
        }
        return null;
    }

    /** The migration group's members the last verification found not migrated (empty without one). */
    public List<String> notMigrated() {
        return verification == null ? List.of() : verification.notMigrated();
    }
}
