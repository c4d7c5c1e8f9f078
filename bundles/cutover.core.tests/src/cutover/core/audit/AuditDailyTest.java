package cutover.core.audit;

import static cutover.core.audit.AuditFixtures.MFA_APP;
import static cutover.core.audit.AuditFixtures.OTP;
import static cutover.core.audit.AuditFixtures.PUSH;
import static cutover.core.audit.AuditFixtures.SMS;
import static cutover.core.audit.AuditFixtures.VOICE;
import static cutover.core.audit.AuditFixtures.entra;
import static cutover.core.audit.AuditFixtures.journal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditDailyTest {

    private static final AuditLog LOG = AuditLog.of(List.of(
            // 1 March: ana twice, leo once in the journal; a failure, a success without methods, a failed write
            entra("a1", "2026-03-01T00:00:00Z", "Update user", MFA_APP, "ana@contoso.com", "id-ana", "success",
                    SMS | PUSH, "added SMS; added Authenticator push"),
            entra("a2", "2026-03-01T10:00:00Z", "Update user", MFA_APP, "ANA@contoso.com", "id-ana", "Success",
                    PUSH, "default: SMS → Authenticator push"),
            entra("a3", "2026-03-01T11:00:00Z", "Update user", MFA_APP, "bo@contoso.com", "id-bo", "failure", SMS,
                    "added SMS"),
            entra("a4", "2026-03-01T12:00:00Z", "Update user", "admin@contoso.com", "cy@contoso.com", "id-cy",
                    "success", 0, "Department changed"),
            journal("1:1", "2026-03-01T13:00:00Z", "POST phoneMethods", 1, "leo@contoso.com", "CONFIRMED",
                    VOICE | SMS, "added mobile phone +1 2065550100"),
            journal("1:2", "2026-03-01T13:00:01Z", "POST phoneMethods", 1, "bo@contoso.com", "FAILED", VOICE | SMS,
                    "added mobile phone +1 2065550101"),
            // 2 March, last nanosecond: ana again, and a user known by id only
            entra("b1", "2026-03-02T23:59:59.999999999Z", "Update user", MFA_APP, "ana@contoso.com", "id-ana",
                    "success", OTP, "added hardware or software OTP"),
            entra("b2", "2026-03-02T08:00:00Z", "Update user", MFA_APP, null, "id-dee", "success", SMS, "added SMS"),
            journal("2:1", "2026-03-02T09:00:00Z", "PATCH signInPreferences", 2, "leo@contoso.com", "confirmed", PUSH,
                    "default method → Authenticator push"),
            // 4 March: nothing successful
            entra("c1", "2026-03-04T08:00:00Z", "Update user", MFA_APP, "ana@contoso.com", "id-ana", "failure", SMS,
                    "added SMS"),
            journal("3:1", "2026-03-04T09:00:00Z", "POST phoneMethods", 3, "leo@contoso.com", "SENT", VOICE,
                    "added mobile phone +1 2065550100")));

    private static int[] all() {
        return IntStream.range(0, LOG.size()).toArray();
    }

    private static int[] counts(int voice, int office, int alternate, int sms, int push, int otp) {
        return new int[] {voice, office, alternate, sms, push, otp};
    }

    @Test
    void countsDistinctUsersAndSuccessfulChangesPerDay() {
        List<DailyCounts> days = AuditDaily.of(LOG, all());
        assertEquals(List.of(
                new DailyCounts(LocalDate.of(2026, 3, 1), 2, counts(1, 0, 0, 2, 1, 0)),
                new DailyCounts(LocalDate.of(2026, 3, 2), 3, counts(0, 0, 0, 1, 1, 1))), days);
        assertEquals(2, days.get(0).changes(MethodCode.SMS));
        assertEquals(1, days.get(1).changes(MethodCode.OTP));
    }

    @Test
    void aJournalWriteAndEntrasAuditOfItCountOnce() {
        AuditLog log = AuditLog.of(List.of(
                journal("1:1", "2026-03-01T13:00:00Z", "POST phoneMethods", 1, "leo@contoso.com", "CONFIRMED",
                        VOICE | SMS, "added mobile phone +1 2065550100"),
                entra("e1", "2026-03-01T13:00:01Z", "Admin registered security info", "Cutover", "leo@contoso.com",
                        "id-leo", "success", VOICE | SMS, "added voice mobile; added SMS"),
                entra("e2", "2026-03-01T14:00:00Z", "Update user", MFA_APP, null, null, "success", SMS,
                        "added SMS")));
        assertEquals(List.of(new DailyCounts(LocalDate.of(2026, 3, 1), 1, counts(1, 0, 0, 2, 0, 0))),
                AuditDaily.of(log, IntStream.range(0, log.size()).toArray()), "leo once per method; no user counts");
    }

    @Test
    void countsOnlyTheGivenRowsInAnyOrderAndEachOnce() {
        int journalRow = LOG.indexOfKey("1:1");
        int anaRow = LOG.indexOfKey("a2");
        List<DailyCounts> days = AuditDaily.of(LOG, new int[] {journalRow, anaRow, journalRow});
        assertEquals(List.of(new DailyCounts(LocalDate.of(2026, 3, 1), 2, counts(1, 0, 0, 1, 1, 0))), days);
        assertEquals(List.of(), AuditDaily.of(LOG, new int[0]));
        assertEquals(List.of(), AuditDaily.of(AuditLog.EMPTY, new int[0]));
    }

    @Test
    void aUserIsCountedOnEachDayWithChanges() {
        int[] anaRows = LOG.rowsOfUser("ana@contoso.com");
        List<DailyCounts> days = AuditDaily.of(LOG, anaRows);
        assertEquals(List.of(1, 1), days.stream().map(DailyCounts::usersMigrated).toList());
    }

    @Test
    void dailyCountsCopyTheirArray() {
        int[] changes = counts(1, 2, 3, 4, 5, 6);
        DailyCounts day = new DailyCounts(LocalDate.of(2026, 3, 1), 1, changes);
        changes[0] = 99;
        day.changesByMethod()[1] = 99;
        assertEquals(1, day.changes(MethodCode.VOICE_MOBILE));
        assertEquals(2, day.changes(MethodCode.VOICE_OFFICE));
        assertThrows(IllegalArgumentException.class, () -> new DailyCounts(LocalDate.of(2026, 3, 1), 0, new int[2]));
    }
}
