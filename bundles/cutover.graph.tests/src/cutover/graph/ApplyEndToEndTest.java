package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.TenantSnapshot;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.FaultRates;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import cutover.store.RunKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the local tenant, through the real SDK stack: snapshot → plan → apply → verify, with and without
 * injected faults; the local tenant's write counter proves no write was applied twice.
 */
class ApplyEndToEndTest {

    private static final long SEED = 4;

    @TempDir
    Path workspace;

    private static List<JournalWrite> writes(Plan plan) {
        return PlanWrites.of(plan);
    }

    private void migrate(int users, FaultRates faults) throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(SEED, users);
        EmulatorOptions options = EmulatorOptions.builder().port(0).writeCapacity(1_000_000).faults(faults)
                .randomSeed(7).build();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options);
                Journal journal = Journal.open(workspace)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "test-token");
            SnapshotReader reader = new SnapshotReader(connection);
            List<GroupRef> groups = reader.findGroups("Cutover Migration");
            assertEquals(1, groups.size());
            TenantSnapshot snapshot = reader.read(groups.get(0), new NullProgressMonitor());
            assertEquals(tenant.userCount(), snapshot.users().size(), "every member of the nested groups, once");

            List<MfaServerUser> mfaUsers = new SyntheticMfaServerUsers(SEED).users(users).toList();
            Plan plan = new MigrationPlanner().plan(new UserMatcher(snapshot.users(), null).match(mfaUsers), snapshot,
                    Map.of(), PlanOptions.defaults(), MigrationHistory.empty());
            List<JournalWrite> writes = writes(plan);
            assertTrue(writes.size() > users, "the sample needs writes: " + writes.size());
            long run = journal.startRun(RunKind.APPLY, null, snapshot.tenantId(), "test plan", writes);

            List<JournalEntry> entries = new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 4)
                    .run(run, new NullProgressMonitor(), p -> { });

            assertEquals(writes.size(), entries.stream().filter(e -> e.state() == EntryState.CONFIRMED).count(),
                    () -> "not confirmed: " + entries.stream().filter(e -> e.state() != EntryState.CONFIRMED)
                            .limit(5).toList());
            VerifyRun.Result verified = new VerifyRun(connection).verify(writes, new NullProgressMonitor());
            assertEquals(List.of(), verified.mismatches().stream().limit(5).toList());
            assertEquals(writes.size(), verified.checked());
            assertEquals(0, tenant.writes().duplicateWrites(), "no write was applied twice");

            Plan again = new MigrationPlanner().plan(new UserMatcher(tenant.snapshot().users(), null).match(mfaUsers),
                    tenant.snapshot(), Map.of(), PlanOptions.defaults(), MigrationHistory.empty());
            assertEquals(List.of(), writes(again).stream().limit(5).toList(), "planning again writes nothing");

            MigrationHistory history = journal.history();
            long usersWithWrites = writes.stream().map(JournalWrite::upn).distinct().count();
            assertEquals(usersWithWrites, history.size(), "every user whose writes are confirmed is recorded");
            Plan onlyChanged = new MigrationPlanner().plan(new UserMatcher(tenant.snapshot().users(), null)
                    .match(mfaUsers), tenant.snapshot(), Map.of(), PlanOptions.defaults(), history);
            assertEquals(usersWithWrites, onlyChanged.summary().usersUnchanged(), "the next plan skips them");
        }
    }

    @Test
    void undoTakesARunBackToThePhonesAndDefaultMethodsBeforeIt() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(SEED, 1_000);
        TenantSnapshot before = tenant.snapshot();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0)
                .writeCapacity(1_000_000).build()); Journal journal = Journal.open(workspace)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "test-token");
            List<MfaServerUser> mfaUsers = new SyntheticMfaServerUsers(SEED).users(1_000).toList();
            Plan plan = new MigrationPlanner().plan(new UserMatcher(before.users(), null).match(mfaUsers), before,
                    Map.of(), new PlanOptions(cutover.core.plan.DefaultMethodMode.ALWAYS, true),
                    MigrationHistory.empty());
            ApplyRun apply = new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 4);
            long run = journal.startRun(RunKind.APPLY, null, before.tenantId(), "test plan", writes(plan));
            apply.run(run, new NullProgressMonitor(), p -> { });
            assertTrue(journal.entries(run).stream().allMatch(e -> e.write().undo() != null
                    || e.write().path().endsWith("signInPreferences")), "every phone write knows its undo");

            long undo = apply.startUndo(run, before.tenantId());
            List<JournalEntry> undone = apply.run(undo, new NullProgressMonitor(), p -> { });
            assertEquals(List.of(), undone.stream().filter(e -> e.state() != EntryState.CONFIRMED).limit(3).toList());

            Map<String, cutover.core.tenant.EntraUser> after = new java.util.HashMap<>();
            tenant.snapshot().users().forEach(u -> after.put(u.objectId(), u));
            int differ = 0;
            int keptForADefault = 0;
            for (cutover.core.tenant.EntraUser user : before.users()) {
                cutover.core.tenant.EntraUser now = after.get(user.objectId());
                if (user.defaultMethod() == null && now.defaultMethod() != null) {
                    // Graph cannot unset a default method: the user keeps it and the number it uses
                    keptForADefault++;
                    continue;
                }
                if (!new java.util.HashSet<>(user.phones()).equals(new java.util.HashSet<>(now.phones()))
                        || user.defaultMethod() != now.defaultMethod()) {
                    differ++;
                }
            }
            assertEquals(0, differ, "users whose phones or default method differ from before the run");
            long defaultsSetWhereNoneWas = journal.entries(run).stream().filter(e -> e.write().undo() == null
                    && e.write().path().endsWith("signInPreferences")).count();
            assertEquals(defaultsSetWhereNoneWas, keptForADefault,
                    "only users given a default method where they had none keep something of the run");
            assertEquals(0, tenant.writes().duplicateWrites());
        }
    }

    @Test
    void fiveThousandUsersAreMigratedAndVerified() throws Exception {
        migrate(5_000, FaultRates.none());
    }

    /**
     * 10 % of calls fail: throttled, unavailable, timed out, dropped before or after the write was done. Each
     * injected 429 holds every writer back for its Retry-After (at least a second), so fewer users keep it short.
     */
    @Test
    void tenPercentInjectedFaultsChangeNothingAndDuplicateNothing() throws Exception {
        migrate(1_500, FaultRates.none().withThrottle(0.02).withUnavailable(0.03).withGatewayTimeout(0.02)
                .withConnectionReset(0.02).withResetAfterApply(0.01));
    }
}
