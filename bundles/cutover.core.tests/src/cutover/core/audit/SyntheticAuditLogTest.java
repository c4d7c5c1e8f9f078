package cutover.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticAuditLogTest {

    private static final Instant END = Instant.parse("2026-11-24T12:00:00Z");
    private static final Pattern UPN = Pattern.compile("[a-z]+\\.[a-z]+\\d+@contoso\\.com");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @Test
    void theSameSeedGivesTheSameLog() {
        AuditLog first = SyntheticAuditLog.generate(5000, 17, END);
        AuditLog second = SyntheticAuditLog.generate(5000, 17, END);
        AuditLog other = SyntheticAuditLog.generate(5000, 18, END);
        assertEquals(5000, first.size());
        boolean differs = false;
        for (int row = 0; row < first.size(); row++) {
            assertEquals(first.record(row), second.record(row));
            differs |= !first.record(row).equals(other.record(row));
        }
        assertTrue(differs, "another seed, another log");
    }

    @Test
    void rowsAreSortedAndInTheWindow() {
        AuditLog log = SyntheticAuditLog.generate(20_000, 1, END);
        Instant start = END.minus(Duration.ofDays(180));
        for (int row = 0; row < log.size(); row++) {
            assertFalse(log.time(row).isBefore(start), "row " + row);
            assertTrue(log.time(row).isBefore(END), "row " + row);
            if (row > 0) {
                assertFalse(log.time(row).isBefore(log.time(row - 1)), "row " + row);
            }
        }
    }

    @Test
    void looksLikeAMigrationsAuditLog() {
        AuditLog log = SyntheticAuditLog.generate(20_000, 2, END);
        int journal = 0;
        int touched = 0;
        Set<String> users = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int row = 0; row < log.size(); row++) {
            AuditRecord record = log.record(row);
            assertTrue(keys.add(record.key()), "keys are distinct");
            if (record.userPrincipalName() != null) {
                users.add(record.userPrincipalName());
                assertTrue(UPN.matcher(record.userPrincipalName()).matches(), record.userPrincipalName());
                assertTrue(GUID.matcher(record.userId()).matches(), record.userId());
            }
            if (record.origin() == AuditOrigin.JOURNAL) {
                journal++;
                assertTrue(record.key().matches("\\d+:\\d+"), record.key());
                assertTrue(record.initiator().startsWith("Cutover run "), record.initiator());
                assertTrue(Set.of("CONFIRMED", "FAILED").contains(record.result()), record.result());
            } else {
                assertTrue(GUID.matcher(record.key()).matches(), record.key());
                assertTrue(Set.of("success", "failure").contains(record.result()), record.result());
            }
            if (record.methods() != 0) {
                touched++;
                assertFalse(record.summary().isEmpty(), "a change of methods is summarised");
            }
        }
        assertTrue(journal > 2400 && journal < 3600, "about 15% journal rows: " + journal);
        assertTrue(touched > log.size() / 2, "mostly method changes: " + touched);
        assertTrue(users.size() <= 6000 && users.size() > 4000, "a pool of 30%: " + users.size());
        assertTrue(log.initiators().contains(SyntheticAuditLog.MFA_APP));
        assertTrue(log.initiators().contains(SyntheticAuditLog.MFA_APP_RENAMED));
        assertTrue(log.initiators().contains("admin@contoso.com"));
        assertTrue(log.activities().containsAll(Set.of("Update user", "Update feature rollout policy",
                "POST phoneMethods", "PATCH signInPreferences", "POST hardwareOathMethods")),
                log.activities().toString());
    }

    @Test
    void entraSummariesAreTheDecodersWords() {
        AuditLog log = SyntheticAuditLog.generate(2000, 9, END);
        int[] updates = log.select(AuditFilter.ALL.initiator(SyntheticAuditLog.MFA_APP_RENAMED)
                .method(MethodCode.AUTHENTICATOR_PUSH), AuditColumn.TIME, true, null);
        assertTrue(updates.length > 0);
        for (int row : updates) {
            String summary = log.text(row, AuditColumn.SUMMARY);
            assertTrue(summary.contains("Authenticator"), summary);
        }
    }

    @Test
    void sizesAtTheEdges() {
        assertEquals(0, SyntheticAuditLog.generate(0, 1, END).size());
        assertEquals(1, SyntheticAuditLog.generate(1, 1, END).size());
        assertThrows(IllegalArgumentException.class, () -> SyntheticAuditLog.generate(-1, 1, END));
        assertNotEquals(SyntheticAuditLog.generate(3, 1, END).key(0), SyntheticAuditLog.generate(3, 2, END).key(0));
    }
}
