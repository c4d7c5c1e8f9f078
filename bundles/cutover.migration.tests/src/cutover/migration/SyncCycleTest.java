package cutover.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.PhoneNumber;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.store.Journal;
import cutover.store.RunInfo;
import cutover.store.RunKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Automatic sync: the first round migrates the group, the next ones only what changed in the export. */
class SyncCycleTest {

    @TempDir
    Path workspace;

    @Test
    void onlyChangedUsersAreWrittenAfterTheFirstRound() throws Exception {
        try (LocalWave local = new LocalWave(120)) {
            List<MfaServerUser> users = new ArrayList<>(LocalWave.export(120));
            Path export = workspace.resolve("export.jsonl");
            new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(export, users);
            List<String> log = new ArrayList<>();
            SyncCycle cycle = new SyncCycle(local.connection, workspace, Map.of(), Map.of(), log::add);
            MigrationSettings settings = MigrationSettings.defaults();

            SyncCycle.Result first = cycle.run(export, "Cutover Migration", settings, new NullProgressMonitor());
            assertTrue(first.writes() > 100, "the first round migrates the group: " + first);
            assertTrue(first.complete(), first.toString());
            long exportedMembers = local.load(users, cutover.core.plan.MigrationHistory.empty()).users().stream()
                    .filter(u -> u.mfa() != null).count();
            assertEquals(exportedMembers, first.toMigrate(), "every exported member is new");

            SyncCycle.Result second = cycle.run(export, "Cutover Migration", settings, new NullProgressMonitor());
            assertEquals(0, second.toMigrate(), "nothing changed: " + second);
            assertEquals(0, second.writes());

            MfaServerUser changed = users.stream().filter(u -> u.phone() != null && u.backupPhone() == null)
                    .findFirst().orElseThrow();
            users.set(users.indexOf(changed), changed.toBuilder().backupPhone(PhoneNumber.of("44", "7700900123", null))
                    .build());
            new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(export, users);
            SyncCycle.Result third = cycle.run(export, "Cutover Migration", settings, new NullProgressMonitor());
            assertEquals(1, third.toMigrate(), third.toString());
            assertEquals(1, third.writes(), "the backup phone only: " + third);
            assertTrue(third.complete());

            try (Journal journal = Journal.open(workspace)) {
                List<RunInfo> runs = journal.runs();
                assertEquals(2, runs.size(), "rounds without writes leave no run: " + runs);
                assertTrue(runs.stream().allMatch(r -> r.kind() == RunKind.SYNC && r.finishedAt() != null));
            }
            assertTrue(log.stream().anyMatch(l -> l.contains("1 new or changed")), log.toString());
        }
    }

    @Test
    void anUnknownGroupStopsTheRoundBeforeAnyWrite() throws Exception {
        try (LocalWave local = new LocalWave(20)) {
            Path export = workspace.resolve("export.jsonl");
            new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(export, LocalWave.export(20));
            SyncCycle cycle = new SyncCycle(local.connection, workspace, Map.of(), Map.of(), line -> { });
            SyncCycle.SyncException e = assertThrows(SyncCycle.SyncException.class, () -> cycle.run(export,
                    "No Such Group", MigrationSettings.defaults(), new NullProgressMonitor()));
            assertTrue(e.getMessage().contains("no group \"No Such Group\""), e.getMessage());
            assertEquals(0, local.tenant.writes().total());
        }
    }
}
