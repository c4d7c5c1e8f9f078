package cutover.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.PlanOptions;
import cutover.graph.ApplyRun;
import cutover.graph.PlanWrites;
import cutover.graph.WritePacer;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.RunKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan the selection, write it, and verify the group against the tenant as it is afterwards. */
class MigrateAndVerifyTest {

    @TempDir
    Path workspace;

    @Test
    void aMigratedSelectionIsReadyAndTheRestIsNotMigrated() throws Exception {
        try (LocalWave local = new LocalWave(200); Journal journal = Journal.open(workspace)) {
            List<MfaServerUser> export = LocalWave.export(200);
            Wave wave = local.load(export, MigrationHistory.empty());
            EntraMethodLoader loader = new EntraMethodLoader(local.connection, wave);
            List<WaveUser> selection = wave.users().stream().filter(u -> u.mfa() != null).limit(50).toList();
            loader.load(selection, new NullProgressMonitor());
            WavePlan plan = WavePlan.of(wave, selection, PlanOptions.defaults(), MigrationHistory.empty(), Map.of());
            int writes = plan.writesByOperation().values().stream().mapToInt(Integer::intValue).sum();
            assertTrue(writes >= 50, "the selection needs writes: " + writes);
            assertEquals(writes, selection.stream().mapToInt(WaveUser::plannedWrites).sum(),
                    "each member knows its planned writes");

            long run = journal.startRun(RunKind.APPLY, null, wave.tenantId(), "workbench", PlanWrites.of(plan.plan()));
            List<JournalEntry> entries = new ApplyRun(local.connection, journal, new WritePacer(1_000_000, 150), 4)
                    .run(run, new NullProgressMonitor(), p -> { });
            assertEquals(writes, entries.stream().filter(e -> e.state() == EntryState.CONFIRMED).count());

            MigrationHistory history = journal.history();
            List<UserReadiness> report = new ReadinessCheck(loader).check(wave, PlanOptions.defaults(), history,
                    new NullProgressMonitor());
            Map<String, UserReadiness> byUpn = report.stream().collect(Collectors.toMap(
                    r -> r.upn().toLowerCase(), r -> r));
            for (WaveUser user : selection) {
                UserReadiness readiness = byUpn.get(user.upn().toLowerCase());
                assertTrue(readiness.status() == UserReadiness.Status.READY
                        || readiness.status() == UserReadiness.Status.USER_ACTION, user.upn() + ": " + readiness);
                assertEquals(0, readiness.pendingWrites());
            }
            long notMigrated = report.stream().filter(r -> r.status() == UserReadiness.Status.NOT_MIGRATED).count();
            long others = wave.users().stream().filter(u -> u.mfa() != null).count() - selection.size();
            assertTrue(notMigrated > 0 && notMigrated <= others, notMigrated + " of " + others);

            Path csv = workspace.resolve("readiness.csv");
            ReadinessReportWriter.writeCsv(csv, report);
            List<String> lines = Files.readAllLines(csv);
            assertEquals(report.size() + 1, lines.size());
            assertTrue(lines.get(1).startsWith(report.get(0).upn() + ","), lines.get(1));
        }
    }

    @Test
    void aMemberWhoseMfaServerDataChangedAfterMigrationIsMissingInEntra() throws Exception {
        try (LocalWave local = new LocalWave(60); Journal journal = Journal.open(workspace)) {
            List<MfaServerUser> export = LocalWave.export(60);
            Wave wave = local.load(export, MigrationHistory.empty());
            EntraMethodLoader loader = new EntraMethodLoader(local.connection, wave);
            List<WaveUser> all = wave.users().stream().filter(u -> u.mfa() != null && u.mfa().phone() != null)
                    .toList();
            loader.load(all, new NullProgressMonitor());
            WavePlan plan = WavePlan.of(wave, all, PlanOptions.defaults(), MigrationHistory.empty(), Map.of());
            long run = journal.startRun(RunKind.APPLY, null, wave.tenantId(), "workbench", PlanWrites.of(plan.plan()));
            new ApplyRun(local.connection, journal, new WritePacer(1_000_000, 150), 4).run(run,
                    new NullProgressMonitor(), p -> { });

            MfaServerUser moved = all.get(0).mfa();
            List<MfaServerUser> edited = export.stream().map(u -> u == moved ? u.toBuilder().phone(PhoneNumber.of("1", "4255550199", null)).build()
                    : u).toList();
            Wave again = local.load(edited, journal.history());
            WaveUser member = again.users().stream().filter(u -> u.upn().equalsIgnoreCase(moved.upn())).findFirst()
                    .orElseThrow();
            assertEquals(ChangeStatus.CHANGED, member.change());
            List<UserReadiness> report = new ReadinessCheck(new EntraMethodLoader(local.connection, again))
                    .check(again, PlanOptions.defaults(), journal.history(), new NullProgressMonitor());
            UserReadiness readiness = report.stream().filter(r -> r.upn().equalsIgnoreCase(moved.upn())).findFirst()
                    .orElseThrow();
            assertEquals(UserReadiness.Status.MISSING, readiness.status());
            assertTrue(readiness.pendingWrites() > 0);
        }
    }
}
