package cutover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantChangeJournalTest {

    @TempDir
    Path workspace;

    @Test
    void aChangeKeepsItsSnapshotBeforeAndWhatWasReadBack() {
        try (Journal journal = Journal.open(workspace)) {
            long id = journal.tenantChangeSent(TenantSetting.FEDERATION, "tenant-1", "contoso.com",
                    "federatedIdpMfaBehavior → rejectMfaByFederatedIdp", "{\"federatedIdpMfaBehavior\":null}");
            long failed = journal.tenantChangeSent(TenantSetting.STAGED_ROLLOUT, "tenant-1", "Cutover MFA rollout",
                    "off", "{\"isEnabled\":true}");
            journal.tenantChangeConfirmed(id, "{\"federatedIdpMfaBehavior\":\"rejectMfaByFederatedIdp\"}");
            journal.tenantChangeFailed(failed, "403 Forbidden", null);
        }
        try (Journal reopened = Journal.open(workspace)) {
            List<TenantChange> changes = reopened.tenantChanges();
            assertEquals(2, changes.size());
            TenantChange first = changes.get(0);
            assertEquals(TenantSetting.FEDERATION, first.setting());
            assertEquals("contoso.com", first.subject());
            assertEquals("{\"federatedIdpMfaBehavior\":null}", first.before());
            assertEquals("{\"federatedIdpMfaBehavior\":\"rejectMfaByFederatedIdp\"}", first.after());
            assertEquals(EntryState.CONFIRMED, first.state());
            TenantChange second = changes.get(1);
            assertEquals(EntryState.FAILED, second.state());
            assertEquals("403 Forbidden", second.error());
            assertNull(second.after());
        }
    }

    @Test
    void aChangeWithoutAClearAnswerStaysSentWithWhatWasReadAfterwards() {
        try (Journal journal = Journal.open(workspace)) {
            journal.tenantChangeSent(TenantSetting.FEDERATION, "tenant-1", "contoso.com", "x", null);
            long doubtful = journal.tenantChangeSent(TenantSetting.FEDERATION, "tenant-1", "contoso.com", "y", "{}");
            journal.tenantChangeInDoubt(doubtful, "no answer: connection reset", "{\"federatedIdpMfaBehavior\":1}");
        }
        try (Journal reopened = Journal.open(workspace)) {
            List<TenantChange> changes = reopened.tenantChanges();
            assertEquals(EntryState.SENT, changes.get(0).state(), "killed before the answer");
            assertNull(changes.get(0).error());
            assertEquals(EntryState.SENT, changes.get(1).state());
            assertEquals("no answer: connection reset", changes.get(1).error());
            assertEquals("{\"federatedIdpMfaBehavior\":1}", changes.get(1).after());
        }
    }

    @Test
    void theNewestVerificationOfTheTenantIsTheOneKept() {
        try (Journal journal = Journal.open(workspace)) {
            assertTrue(journal.lastVerification("tenant-1").isEmpty());
            journal.recordVerification(new Verification(Instant.parse("2026-11-01T10:00:00Z"), "tenant-1", "g1",
                    "Wave 1", 3, 1, 0, 0, List.of("ana@contoso.com"), List.of("bo@contoso.com")));
            journal.recordVerification(new Verification(Instant.parse("2026-11-02T10:00:00Z"), "tenant-1", "g1",
                    "Wave 1", 3, 3, 0, 0, List.of(), List.of()));
            journal.recordVerification(new Verification(Instant.parse("2026-11-03T10:00:00Z"), "tenant-2", "g9",
                    "Other", 1, 0, 0, 0, List.of("x@fabrikam.com"), List.of()));
        }
        try (Journal reopened = Journal.open(workspace)) {
            Verification last = reopened.lastVerification("tenant-1").orElseThrow();
            assertEquals(Instant.parse("2026-11-02T10:00:00Z"), last.at());
            assertTrue(last.clean());
            groupChecks(reopened);
            Verification other = reopened.lastVerification("tenant-2").orElseThrow();
            assertEquals(List.of("x@fabrikam.com"), other.notMigrated());
            assertFalse(other.clean());
        }
    }

    private static void groupChecks(Journal journal) {
        journal.recordVerification(new Verification(Instant.parse("2026-11-04T10:00:00Z"), "tenant-1", "p1",
                "Pilot", 10, 10, 0, 0, List.of(), List.of()));
        assertEquals("Pilot", journal.lastVerification("tenant-1").orElseThrow().groupName(), "any group");
        assertEquals(Instant.parse("2026-11-02T10:00:00Z"), journal.lastVerification("tenant-1", "wave 1")
                .orElseThrow().at(), "by name, any case");
        assertEquals("Wave 1", journal.lastVerification("tenant-1", "G1").orElseThrow().groupName(), "by id");
        assertTrue(journal.lastVerification("tenant-1", "Nobody").isEmpty());
    }

    @Test
    void aVersionOneJournalIsUpgradedAndKeepsItsRuns() throws Exception {
        long run;
        try (Journal journal = Journal.open(workspace)) {
            run = journal.startRun(RunKind.APPLY, null, "tenant-1", "plan.json", JournalTest.writes(2));
        }
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:file:" + workspace.resolve(Journal.FOLDER).resolve("cutover").toAbsolutePath());
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE tenant_change");
            statement.execute("DROP TABLE verification");
            statement.execute("UPDATE schema_version SET version = 1");
        }
        try (Journal upgraded = Journal.open(workspace)) {
            assertEquals(2, upgraded.entries(run).size());
            upgraded.recordVerification(new Verification(Instant.now(), "tenant-1", "g1", "Wave 1", 0, 0, 0, 0,
                    List.of(), List.of()));
            assertTrue(upgraded.lastVerification("tenant-1").isPresent());
        }
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT version FROM schema_version")) {
            version.next();
            assertEquals(JournalSchema.VERSION, version.getInt(1));
        }
    }
}
