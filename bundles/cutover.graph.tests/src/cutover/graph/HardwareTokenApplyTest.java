package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.OathSeed;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.TenantSnapshot;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import cutover.store.RunKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hardware OATH tokens are created with the seed file's secret and assigned to their user; without it, not. */
class HardwareTokenApplyTest {

    private static final int USERS = 600;

    @TempDir
    Path workspace;

    @Test
    void tokensAreCreatedWithTheirSecretAndAssignedOnlyWhenTheSeedFileHasThem() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(21, USERS);
        TenantSnapshot snapshot = tenant.snapshot();
        List<MfaServerUser> users = new SyntheticMfaServerUsers(21).users(USERS).toList();
        Map<String, OathSeed> seeds = new HashMap<>();
        Map<String, char[]> secrets = new HashMap<>();
        int i = 0;
        for (MfaServerUser user : users) {
            if (user.oathTokenSerial() != null && i++ % 2 == 0) { // the vendor's file has half of the tokens
                seeds.put(user.oathTokenSerial(), new OathSeed(user.upn(), user.oathTokenSerial(), 30, "Contoso",
                        "CT-6", true));
                secrets.put(user.oathTokenSerial(), ("JBSWY3DPEHPK3PXP" + "ABCDEFGH".charAt(i % 8)).toCharArray());
            }
        }
        Plan plan = new MigrationPlanner().plan(new UserMatcher(snapshot.users(), null).match(users), snapshot,
                seeds, PlanOptions.defaults(), MigrationHistory.empty());
        List<JournalWrite> writes = PlanWrites.of(plan);
        long creates = writes.stream().filter(WriteRequest::createsHardwareToken).count();
        assertTrue(creates > 5, "the sample has tokens to create: " + creates);

        // a token planned with a seed row whose secret is not at hand when applying
        String withheld = writes.stream().filter(WriteRequest::createsHardwareToken).map(WriteRequest::serial)
                .findFirst().orElseThrow();
        Map<String, char[]> atApply = new HashMap<>(secrets);
        atApply.remove(withheld);

        try (GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0)
                .writeCapacity(1_000_000).build()); Journal journal = Journal.open(workspace)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "test-token");
            long run = journal.startRun(RunKind.APPLY, null, snapshot.tenantId(), "test plan", writes);
            List<JournalEntry> entries = new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 4,
                    atApply).run(run, new NullProgressMonitor(), p -> { });

            List<JournalEntry> failed = entries.stream().filter(e -> e.state() != EntryState.CONFIRMED).toList();
            assertTrue(failed.stream().allMatch(e -> withheld.equals(WriteRequest.serial(e.write()))
                    || e.state() == EntryState.PLANNED), failed.toString());
            assertTrue(failed.get(0).error().contains("needs its secret: apply with --seed-file"),
                    failed.get(0).error());
            List<String> created = writes.stream().filter(WriteRequest::createsHardwareToken)
                    .map(WriteRequest::serial).filter(serial -> !serial.equals(withheld)).toList();
            assertEquals(creates - 1, created.size());
            for (String serial : created) {
                assertTrue(tenant.hardwareOathSecretMatches(serial, new String(atApply.get(serial))),
                        "token " + serial + " was created with the seed file's secret");
            }
            List<JournalWrite> sent = writes.stream().filter(w -> !withheld.equals(WriteRequest.serial(w))
                    && !w.objectId().equals(failed.get(0).write().objectId())).toList();
            assertEquals(List.of(), new VerifyRun(connection).verify(sent, new NullProgressMonitor()).mismatches());
            assertEquals(0, tenant.writes().duplicateWrites());
            for (JournalEntry entry : entries) {
                assertTrue(entry.write().body() == null || !entry.write().body().contains("JBSWY3DP"),
                        "no secret in the journal");
            }

            // undo takes the created tokens back: unassigned, then deleted; the tokens that were there stay
            ApplyRun apply = new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 4, Map.of());
            List<JournalEntry> undone = apply.run(apply.startUndo(run, snapshot.tenantId()),
                    new NullProgressMonitor(), p -> { });
            assertEquals(List.of(), undone.stream().filter(e -> e.state() != EntryState.CONFIRMED).toList());
            assertEquals(2L * created.size(), undone.stream().filter(e -> e.write().path().contains("hardwareOath"))
                    .count(), "an unassignment and a deletion per created token");
            java.util.Set<String> serialsAfterUndo = new java.util.HashSet<>();
            tenant.hardwareOathDevices().forEach(token -> serialsAfterUndo.add(token.serialNumber()));
            for (String serial : created) {
                assertTrue(!serialsAfterUndo.contains(serial), "token " + serial + " was deleted by the undo");
            }
            java.util.Set<String> serialsBefore = new java.util.HashSet<>();
            snapshot.users().forEach(u -> u.hardwareOath().forEach(t -> serialsBefore.add(t.serialNumber())));
            assertTrue(serialsAfterUndo.containsAll(serialsBefore), "the tokens that were there before stay");
            assertEquals(0, tenant.writes().duplicateWrites());
        }
    }
}
