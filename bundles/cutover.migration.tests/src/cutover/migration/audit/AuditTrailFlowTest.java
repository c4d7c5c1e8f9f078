package cutover.migration.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditLog;
import cutover.core.audit.AuditOrigin;
import cutover.core.audit.AuditRecord;
import cutover.core.audit.MethodCode;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.PlanOptions;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.ApplyRun;
import cutover.graph.CloudProfile;
import cutover.graph.DirectoryAuditReader;
import cutover.graph.GraphConnection;
import cutover.graph.PlanWrites;
import cutover.graph.ReportsPacer;
import cutover.graph.SnapshotReader;
import cutover.graph.WritePacer;
import cutover.migration.EntraMethodLoader;
import cutover.migration.Wave;
import cutover.migration.WaveLoader;
import cutover.migration.WavePlan;
import cutover.migration.WaveUser;
import cutover.store.AuditArchive;
import cutover.store.Journal;
import cutover.store.RunKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail end to end against a local tenant: fetch its history into the archive, migrate users, fetch
 * again incrementally, and read archive and journal into one log whose rows link back to their details.
 */
class AuditTrailFlowTest {

    private static final long SEED = 5;
    private static final int USERS = 400;

    @TempDir
    Path workspace;

    private AuditFetch fetch(GraphConnection connection, Clock clock) {
        return new AuditFetch(new DirectoryAuditReader(connection, new ReportsPacer(1_000, Duration.ofSeconds(1)),
                50), workspace, clock);
    }

    @Test
    void fetchesIncrementallyAndShowsOurWritesFromBothSides() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(SEED, USERS);
        try (GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0)
                .writeCapacity(1_000_000).reportsCapacity(0).build())) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "token");
            Instant now = Instant.now();
            AuditFetch.Result first = fetch(connection, Clock.fixed(now, ZoneOffset.UTC)).run(null,
                    connection.appId(), new NullProgressMonitor());
            assertEquals(now.minus(AuditFetch.FIRST_FETCH), first.from(), "a first fetch reaches 30 days back");
            assertTrue(first.read() > 0, "a synthetic tenant has an MFA history");
            assertEquals(first.read(), first.added());

            int writes = migrateSome(connection);

            Instant later = now.plusSeconds(120);
            AuditFetch.Result second = fetch(connection, Clock.fixed(later, ZoneOffset.UTC)).run(null,
                    connection.appId(), new NullProgressMonitor());
            assertEquals(now.minus(AuditArchive.DEFAULT_OVERLAP), second.from(), "continues from the cursor");
            assertTrue(second.added() > 0, "our writes are audited by the tenant: " + second);
            assertEquals(first.archived() + second.added(), second.archived());

            AuditLog log = AuditLogLoader.load(workspace, new NullProgressMonitor());
            int[] journalRows = log.select(AuditFilter.ALL.origin(AuditOrigin.JOURNAL), AuditColumn.TIME, true,
                    () -> false);
            assertEquals(writes, journalRows.length, "every sent write of the journal is a row");
            int[] ours = log.select(AuditFilter.ALL.origin(AuditOrigin.ENTRA), AuditColumn.TIME, true, () -> false);
            Set<String> entraUsers = Arrays.stream(ours).mapToObj(r -> log.record(r).userPrincipalName())
                    .filter(u -> u != null).map(String::toLowerCase).collect(Collectors.toSet());
            Set<String> journalUsers = Arrays.stream(journalRows).mapToObj(r -> log.record(r).userPrincipalName())
                    .map(String::toLowerCase).collect(Collectors.toSet());
            assertTrue(entraUsers.containsAll(journalUsers), "Entra ID audited every user we wrote");

            AuditRecord write = log.record(journalRows[0]);
            assertTrue(write.initiator().startsWith("Cutover apply run "), write.initiator());
            assertEquals("confirmed", write.result());
            assertTrue(write.methods() != 0, "a method write touches a method: " + write);
            List<AuditDetails.Line> details = AuditDetails.of(workspace, log, journalRows[0]);
            assertTrue(details.stream().anyMatch(l -> "Request".equals(l.label()) && l.value().contains("/users/")),
                    details.toString());
            assertTrue(details.stream().anyMatch(l -> "Undo".equals(l.label())), details.toString());

            int[] byUser = log.rowsOfUser(write.userPrincipalName());
            assertTrue(Arrays.stream(byUser).anyMatch(r -> log.origin(r) == AuditOrigin.ENTRA),
                    "one user's rows hold both sources");
            int entraRow = Arrays.stream(byUser).filter(r -> log.origin(r) == AuditOrigin.ENTRA).findFirst()
                    .orElseThrow();
            List<AuditDetails.Line> event = AuditDetails.of(workspace, log, entraRow);
            assertTrue(event.stream().anyMatch(l -> "Event id".equals(l.label())), event.toString());
            assertFalse(event.stream().anyMatch(l -> "Note".equals(l.label())), "found in the archive: " + event);
        }
    }

    @Test
    void aCancelledFetchStoresNothingAndKeepsTheCursor() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(SEED, USERS),
                EmulatorOptions.builder().port(0).reportsCapacity(0).build())) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "token");
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            try {
                fetch(connection, Clock.systemUTC()).run(null, connection.appId(), cancelled);
            } catch (org.eclipse.core.runtime.OperationCanceledException expected) {
                // what a cancelled fetch does
            }
            try (AuditArchive archive = AuditArchive.open(workspace)) {
                assertEquals(0, archive.size());
                assertTrue(archive.newestFetched().isEmpty(), "the cursor did not move");
            }
        }
    }

    @Test
    void journalRowsSayWhichMethodsAWriteTouches() {
        assertEquals(MethodCode.VOICE_MOBILE.bit() | MethodCode.SMS.bit(), JournalAuditRecords.methods(
                write("POST", "/v1.0/users/u/authentication/phoneMethods", "phoneType=mobile, phoneNumber=+1 425")));
        assertEquals(MethodCode.VOICE_ALTERNATE_MOBILE.bit(), JournalAuditRecords.methods(write("DELETE",
                "/v1.0/users/u/authentication/phoneMethods/b6332ec1-7057-4abe-9331-3d72feddfe41", null)));
        assertEquals(MethodCode.AUTHENTICATOR_PUSH.bit(), JournalAuditRecords.methods(write("PATCH",
                "/beta/users/u/authentication/signInPreferences",
                "userPreferredMethodForSecondaryAuthentication=push")));
        assertEquals(MethodCode.OTP.bit(), JournalAuditRecords.methods(write("POST",
                "/beta/users/u/authentication/hardwareOathMethods", "device=123")));
        assertEquals("DELETE phoneMethods", JournalAuditRecords.activity(write("DELETE",
                "/v1.0/users/u/authentication/phoneMethods/b6332ec1-7057-4abe-9331-3d72feddfe41", null)));
        assertEquals(0, JournalAuditRecords.methods(write("PATCH", "/v1.0/users/u", "department=Sales")));
    }

    private static cutover.store.JournalWrite write(String method, String path, String body) {
        return new cutover.store.JournalWrite(0, "ada@contoso.com", "u", method, path, body, "RULE", null);
    }

    /** Plans and writes the first 20 members with an MFA Server phone; returns how many writes were sent. */
    private int migrateSome(GraphConnection connection) throws Exception {
        List<MfaServerUser> export = new SyntheticMfaServerUsers(SEED).users(USERS).toList();
        Wave wave = new WaveLoader(connection).load(new SnapshotReader(connection).findGroups("Cutover Migration")
                .get(0), export, null, MigrationHistory.empty(), new NullProgressMonitor());
        List<WaveUser> some = wave.users().stream().filter(u -> u.mfa() != null && u.mfa().phone() != null)
                .limit(20).toList();
        new EntraMethodLoader(connection, wave).load(some, new NullProgressMonitor());
        WavePlan plan = WavePlan.of(wave, some, PlanOptions.defaults(), MigrationHistory.empty(), Map.of());
        try (Journal journal = Journal.open(workspace)) {
            long run = journal.startRun(RunKind.APPLY, null, wave.tenantId(), "test", PlanWrites.of(plan.plan()));
            return new ApplyRun(connection, journal, new WritePacer(1_000_000, 150), 4)
                    .run(run, new NullProgressMonitor(), p -> { }).size();
        }
    }
}
