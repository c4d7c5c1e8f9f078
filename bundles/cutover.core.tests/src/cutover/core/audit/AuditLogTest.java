package cutover.core.audit;

import static cutover.core.audit.AuditFixtures.MFA_APP;
import static cutover.core.audit.AuditFixtures.PUSH;
import static cutover.core.audit.AuditFixtures.SMS;
import static cutover.core.audit.AuditFixtures.VOICE;
import static cutover.core.audit.AuditFixtures.entra;
import static cutover.core.audit.AuditFixtures.journal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static final AuditRecord FIRST = entra("e-b", "2026-03-01T08:00:00.1234567Z", "Update user", MFA_APP,
            "ana.silva@contoso.com", "0a1b-ana", "success", SMS | PUSH, "added SMS; added Authenticator push");
    private static final AuditRecord SAME_TIME = entra("e-a", "2026-03-01T08:00:00.1234567Z", "Update user", MFA_APP,
            "leo.berg@contoso.com", "0a1b-leo", "success", VOICE, "added voice mobile");
    private static final AuditRecord LATER = journal("3:17", "2026-03-02T10:30:05Z", "POST phoneMethods", 3,
            "Ana.Silva@contoso.com", "CONFIRMED", VOICE | SMS, "added mobile phone +1 2065550100");
    private static final AuditRecord EARLIEST = entra("e-z", "2026-02-28T23:59:59Z", "update USER", "admin@contoso.com",
            null, null, null, 0, null);

    private static AuditLog log() {
        return AuditLog.of(List.of(LATER, FIRST, EARLIEST, SAME_TIME));
    }

    @Test
    void rowsAreInTimeOrderThenKeyOrder() {
        AuditLog log = log();
        assertEquals(4, log.size());
        assertEquals(List.of(EARLIEST, SAME_TIME, FIRST, LATER),
                List.of(log.record(0), log.record(1), log.record(2), log.record(3)));
        assertEquals(Instant.parse("2026-03-01T08:00:00.1234567Z"), log.time(1), "full precision is kept");
        assertEquals("3:17", log.key(3));
        assertEquals(AuditOrigin.JOURNAL, log.origin(3));
        assertEquals(VOICE | SMS, log.methods(3));
    }

    @Test
    void aShuffledLargeInputComesOutSorted() {
        List<AuditRecord> records = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 5000; i++) {
            // Many equal times, so the key decides often.
            records.add(new AuditRecord(AuditOrigin.ENTRA, "k" + (4999 - i), start.plusMillis(i % 700 * 1000L),
                    "Update user", MFA_APP, "u" + i + "@contoso.com", null, "success", 0, null));
        }
        Collections.shuffle(records, new Random(7));
        AuditLog log = AuditLog.of(records);
        for (int row = 1; row < log.size(); row++) {
            int byTime = log.time(row - 1).compareTo(log.time(row));
            boolean ordered = byTime < 0 || byTime == 0 && log.key(row - 1).compareTo(log.key(row)) < 0;
            assertEquals(true, ordered, "row " + row);
        }
    }

    @Test
    void textIsWhatTheViewShows() {
        AuditLog log = log();
        assertEquals("2026-03-01 08:00:00", log.text(2, AuditColumn.TIME));
        assertEquals("Entra ID", log.text(2, AuditColumn.ORIGIN));
        assertEquals("Cutover journal", log.text(3, AuditColumn.ORIGIN));
        assertEquals("Update user", log.text(2, AuditColumn.ACTIVITY));
        assertEquals(MFA_APP, log.text(2, AuditColumn.INITIATOR));
        assertEquals("ana.silva@contoso.com", log.text(2, AuditColumn.USER));
        assertEquals("SMS, Authenticator push", log.text(2, AuditColumn.METHODS));
        assertEquals("success", log.text(2, AuditColumn.RESULT));
        assertEquals("added SMS; added Authenticator push", log.text(2, AuditColumn.SUMMARY));
    }

    @Test
    void absentValuesAreEmptyTextButStayNullInTheRecord() {
        AuditLog log = log();
        for (AuditColumn column : List.of(AuditColumn.USER, AuditColumn.METHODS, AuditColumn.RESULT,
                AuditColumn.SUMMARY)) {
            assertEquals("", log.text(0, column), column.name());
        }
        AuditRecord record = log.record(0);
        assertEquals(null, record.userPrincipalName());
        assertEquals(null, record.userId());
        assertEquals(null, record.summary());
    }

    @Test
    void filterChoicesAreDistinctInAnyCaseAndSorted() {
        AuditLog log = log();
        assertEquals(List.of("POST phoneMethods", "Update user"), log.activities());
        assertEquals(List.of("admin@contoso.com", MFA_APP, "Cutover run 3"), log.initiators());
    }

    @Test
    void findsARowByKey() {
        AuditLog log = AuditLog.of(List.of(LATER, FIRST, EARLIEST, SAME_TIME,
                entra("ü-1", "2026-03-05T00:00:00Z", "Update user", MFA_APP, null, null, "success", 0, null)));
        assertEquals(0, log.indexOfKey("e-z"));
        assertEquals(3, log.indexOfKey("3:17"));
        assertEquals(4, log.indexOfKey("ü-1"));
        assertEquals("ü-1", log.key(4));
        assertEquals(-1, log.indexOfKey("E-Z"), "keys are exact");
        assertEquals(-1, log.indexOfKey("3:1"));
        assertEquals(-1, log.indexOfKey(null));
        assertEquals(-1, AuditLog.EMPTY.indexOfKey("e-z"));
    }

    @Test
    void findsEveryKeyOfALargeLog() {
        AuditLog log = SyntheticAuditLog.generate(20_000, 5, Instant.parse("2026-06-01T00:00:00Z"));
        for (int row = 0; row < log.size(); row += 7) {
            assertEquals(row, log.indexOfKey(log.key(row)));
        }
    }

    @Test
    void findsAUsersRowsByUpnOrIdInAnyCase() {
        AuditLog log = log();
        assertArrayEquals(new int[] {2, 3}, log.rowsOfUser("ANA.silva@contoso.com"));
        assertArrayEquals(new int[] {2}, log.rowsOfUser("0A1B-ana"));
        assertArrayEquals(new int[] {1}, log.rowsOfUser(" leo.berg@contoso.com "));
        assertArrayEquals(new int[0], log.rowsOfUser("ana.silva"), "whole UPNs only");
        assertArrayEquals(new int[0], log.rowsOfUser(""));
        assertArrayEquals(new int[0], log.rowsOfUser(null));
    }

    @Test
    void theEmptyLog() {
        assertEquals(0, AuditLog.EMPTY.size());
        assertEquals(List.of(), AuditLog.EMPTY.activities());
        assertArrayEquals(new int[0], AuditLog.EMPTY.select(AuditFilter.ALL, AuditColumn.USER, false, null));
        assertEquals(0, AuditLog.of(List.of()).size());
    }

    @Test
    void aTimeBeyondEpochNanosecondsIsRefused() {
        AuditRecord ancient = new AuditRecord(AuditOrigin.ENTRA, "k", Instant.parse("1600-01-01T00:00:00Z"), null,
                null, null, null, null, 0, null);
        assertThrows(IllegalArgumentException.class, () -> AuditLog.builder().add(ancient));
    }

    @Test
    void theBuilderCanGoOnAfterBuilding() {
        AuditLog.Builder builder = AuditLog.builder().add(LATER);
        AuditLog first = builder.build();
        AuditLog second = builder.add(EARLIEST).build();
        assertEquals(1, first.size());
        assertEquals(List.of(EARLIEST, LATER), List.of(second.record(0), second.record(1)));
    }
}
