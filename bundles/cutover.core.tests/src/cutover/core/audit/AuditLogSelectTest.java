package cutover.core.audit;

import static cutover.core.audit.AuditFixtures.MFA_APP;
import static cutover.core.audit.AuditFixtures.OTP;
import static cutover.core.audit.AuditFixtures.PUSH;
import static cutover.core.audit.AuditFixtures.SMS;
import static cutover.core.audit.AuditFixtures.VOICE;
import static cutover.core.audit.AuditFixtures.entra;
import static cutover.core.audit.AuditFixtures.journal;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditLogSelectTest {

    /** Rows 0 to 7, in this order (each later than the one before). */
    private static final AuditLog LOG = AuditLog.of(List.of(
            entra("e0", "2026-03-01T08:00:00Z", "Update user", MFA_APP, "ana.silva@contoso.com", "id-ana",
                    "success", SMS | PUSH, "added SMS; added Authenticator push"),
            entra("e1", "2026-03-01T09:00:00Z", "Update user", "admin@contoso.com", "diana.berg@contoso.com",
                    "id-diana", "success", 0, "Department changed"),
            journal("1:1", "2026-03-02T10:00:00Z", "POST phoneMethods", 1, "leo.kim@contoso.com", "CONFIRMED",
                    VOICE | SMS, "added mobile phone +1 2065550100"),
            journal("1:2", "2026-03-02T10:00:01Z", "PATCH signInPreferences", 1, "Ana.Silva@contoso.com", "FAILED",
                    PUSH, "default method → Authenticator push"),
            entra("e4", "2026-03-03T00:00:00Z", "Update user", MFA_APP, "leo.kim@contoso.com", "id-leo", "failure",
                    PUSH, "added Authenticator device iPhone 15"),
            entra("e5", "2026-03-04T12:00:00Z", "Update feature rollout policy", "admin@contoso.com", null, null,
                    "success", 0, "IsEnabled changed"),
            entra("e6", "2026-03-05T12:00:00Z", "update USER", "AZURE MFA management", "zoe.ng@contoso.com",
                    "id-zoe", "success", OTP, "added hardware or software OTP"),
            journal("2:1", "2026-03-06T07:00:00Z", "POST hardwareOathMethods", 2, "ana.silva@contoso.com",
                    "CONFIRMED", OTP, "assigned hardware OATH token 20001234")));

    private static int[] rows(AuditFilter filter) {
        return LOG.select(filter, AuditColumn.TIME, true, null);
    }

    @Test
    void everyRowWithoutACriterion() {
        assertTrue(AuditFilter.ALL.isAll());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, rows(AuditFilter.ALL));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, LOG.select(null, null, true, null));
    }

    @Test
    void fromIsInclusiveAndToExclusive() {
        Instant from = Instant.parse("2026-03-02T10:00:00Z");
        Instant to = Instant.parse("2026-03-05T12:00:00Z");
        assertArrayEquals(new int[] {2, 3, 4, 5}, rows(AuditFilter.ALL.from(from).to(to)));
        assertArrayEquals(new int[] {2, 3, 4, 5, 6, 7}, rows(AuditFilter.ALL.from(from)));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, rows(AuditFilter.ALL.to(to)));
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.from(to).to(from)));
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.from(Instant.parse("2030-01-01T00:00:00Z"))));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, rows(AuditFilter.ALL.from(Instant.MIN).to(Instant.MAX)));
    }

    @Test
    void userTextIsPartOfTheUpnInAnyCaseOrTheWholeId() {
        assertArrayEquals(new int[] {0, 1, 3, 7}, rows(AuditFilter.ALL.user("ANA")), "ana and diana");
        assertArrayEquals(new int[] {0, 3, 7}, rows(AuditFilter.ALL.user("ana.silva@")));
        assertArrayEquals(new int[] {4}, rows(AuditFilter.ALL.user("ID-LEO")), "by object id, not the journal row");
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.user("id-le")), "an id is matched whole");
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, rows(AuditFilter.ALL.user("  ")), "blank is ignored");
        assertTrue(AuditFilter.ALL.user(" ").isAll());
        assertEquals("ana", AuditFilter.ALL.user(" ana ").userText());
    }

    @Test
    void aWholeUpnIsThatUserOnly() {
        AuditLog log = AuditLog.of(List.of(
                entra("a", "2026-03-01T08:00:00Z", "Update user", MFA_APP, "ana@contoso.com", "id-a", "success", SMS,
                        "added SMS"),
                entra("h", "2026-03-01T09:00:00Z", "Update user", MFA_APP, "hana@contoso.com", "id-h", "success", SMS,
                        "added SMS")));
        assertArrayEquals(new int[] {0}, log.select(AuditFilter.ALL.user("ANA@contoso.com"), AuditColumn.TIME, true,
                null), "not hana@, which contains it");
        assertArrayEquals(new int[] {0, 1}, log.select(AuditFilter.ALL.user("ana@"), AuditColumn.TIME, true, null),
                "part of a UPN matches every UPN containing it");
    }

    @Test
    void activityAndInitiatorAreWholeInAnyCase() {
        assertArrayEquals(new int[] {0, 1, 4, 6}, rows(AuditFilter.ALL.activity("UPDATE user")));
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.activity("Update")));
        assertArrayEquals(new int[] {0, 4, 6}, rows(AuditFilter.ALL.initiator("azure mfa management")));
        assertArrayEquals(new int[] {2, 3}, rows(AuditFilter.ALL.initiator("Cutover run 1")));
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.initiator("nobody")));
    }

    @Test
    void methodAndOrigin() {
        assertArrayEquals(new int[] {0, 3, 4}, rows(AuditFilter.ALL.method(MethodCode.AUTHENTICATOR_PUSH)));
        assertArrayEquals(new int[] {2}, rows(AuditFilter.ALL.method(MethodCode.VOICE_MOBILE)));
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.method(MethodCode.VOICE_OFFICE)));
        assertArrayEquals(new int[] {2, 3, 7}, rows(AuditFilter.ALL.origin(AuditOrigin.JOURNAL)));
        assertArrayEquals(new int[] {0, 1, 4, 5, 6}, rows(AuditFilter.ALL.origin(AuditOrigin.ENTRA)));
    }

    @Test
    void criteriaCombine() {
        AuditFilter filter = AuditFilter.ALL.user("ana").method(MethodCode.OTP).origin(AuditOrigin.JOURNAL);
        assertFalse(filter.isAll());
        assertArrayEquals(new int[] {7}, rows(filter));
        assertArrayEquals(new int[] {0}, rows(AuditFilter.ALL.user("silva").activity("update user")
                .initiator(MFA_APP).to(Instant.parse("2026-03-02T00:00:00Z"))));
        assertArrayEquals(new int[0], rows(AuditFilter.ALL.user("zoe").origin(AuditOrigin.JOURNAL)));
    }

    @Test
    void sortsByTextInAnyCaseWithTimeBreakingTies() {
        // USER: "" (row 5) < ana.silva (0, 3, 7) < diana.berg (1) < leo.kim (2, 4) < zoe.ng (6)
        assertArrayEquals(new int[] {5, 0, 3, 7, 1, 2, 4, 6}, LOG.select(null, AuditColumn.USER, true, null));
        assertArrayEquals(new int[] {6, 4, 2, 1, 7, 3, 0, 5}, LOG.select(null, AuditColumn.USER, false, null));
        // INITIATOR: admin (1, 5) < Azure MFA Management (0, 4, 6) < Cutover run 1 (2, 3) < Cutover run 2 (7)
        assertArrayEquals(new int[] {1, 5, 0, 4, 6, 2, 3, 7}, LOG.select(null, AuditColumn.INITIATOR, true, null));
        assertArrayEquals(new int[] {7, 3, 2, 6, 4, 0, 5, 1}, LOG.select(null, AuditColumn.INITIATOR, false, null));
        // ACTIVITY: PATCH signIn… (3) < POST hardware… (7) < POST phone… (2) < Update feature… (5) < Update…
        assertArrayEquals(new int[] {3, 7, 2, 5, 0, 1, 4, 6}, LOG.select(null, AuditColumn.ACTIVITY, true, null));
        // RESULT: CONFIRMED (2, 7) < FAILED (3) < failure (4) < success (0, 1, 5, 6)
        assertArrayEquals(new int[] {2, 7, 3, 4, 0, 1, 5, 6}, LOG.select(null, AuditColumn.RESULT, true, null));
    }

    @Test
    void warmingUpChangesNoResult() {
        AuditLog log = AuditLog.of(IntStream.range(0, LOG.size()).mapToObj(LOG::record).toList());
        log.warmUp();
        for (AuditColumn column : AuditColumn.values()) {
            assertArrayEquals(LOG.select(null, column, false, null), log.select(null, column, false, null));
        }
        assertEquals(3, log.indexOfKey("1:2"));
    }

    @Test
    void sortsByTimeMethodsAndOrigin() {
        assertArrayEquals(new int[] {7, 6, 5, 4, 3, 2, 1, 0}, LOG.select(null, AuditColumn.TIME, false, null));
        // Masks: 0 (1, 5), SMS|VOICE=9 (2), PUSH=16 (3, 4), SMS|PUSH=24 (0), OTP=32 (6, 7)
        assertArrayEquals(new int[] {1, 5, 2, 3, 4, 0, 6, 7}, LOG.select(null, AuditColumn.METHODS, true, null));
        assertArrayEquals(new int[] {7, 6, 0, 4, 3, 2, 5, 1}, LOG.select(null, AuditColumn.METHODS, false, null));
        assertArrayEquals(new int[] {0, 1, 4, 5, 6, 2, 3, 7}, LOG.select(null, AuditColumn.ORIGIN, true, null));
        assertArrayEquals(new int[] {7, 3, 2, 6, 5, 4, 1, 0}, LOG.select(null, AuditColumn.ORIGIN, false, null));
    }

    @Test
    void sortsOnlyTheSelectedRows() {
        // "added SMS…" (0) < "assigned hardware…" (7) < "default method…" (3)
        assertArrayEquals(new int[] {0, 7, 3},
                LOG.select(AuditFilter.ALL.user("silva"), AuditColumn.SUMMARY, true, null));
        assertArrayEquals(new int[] {3, 7, 0},
                LOG.select(AuditFilter.ALL.user("silva"), AuditColumn.SUMMARY, false, null));
    }

    /** Every column both ways on a larger log, against a plain comparator over the rows' text. */
    @ParameterizedTest
    @EnumSource(AuditColumn.class)
    void agreesWithASimpleSortOnALargerLog(AuditColumn column) {
        AuditLog log = SyntheticAuditLog.generate(6000, 11, Instant.parse("2026-06-01T00:00:00Z"));
        Instant from = log.time(200);
        AuditFilter filter = AuditFilter.ALL.user("A").from(from);
        IntPredicate matches = row -> !log.time(row).isBefore(from)
                && log.text(row, AuditColumn.USER).toLowerCase(Locale.ROOT).contains("a");
        Comparator<Integer> byColumn = switch (column) {
            case TIME -> Comparator.comparingInt(row -> 0);
            case METHODS -> Comparator.comparingInt(log::methods);
            case ORIGIN -> Comparator.comparingInt(row -> log.origin(row).ordinal());
            default -> Comparator.comparing(row -> log.text(row, column).toLowerCase(Locale.ROOT));
        };
        Comparator<Integer> ascending = byColumn.thenComparingInt(row -> row);
        int[] expected = IntStream.range(0, log.size()).filter(matches).boxed().sorted(ascending)
                .mapToInt(Integer::intValue).toArray();
        int[] expectedDescending = IntStream.range(0, log.size()).filter(matches).boxed()
                .sorted(ascending.reversed()).mapToInt(Integer::intValue).toArray();
        assertTrue(expected.length > 100, "a meaningful sample");
        assertArrayEquals(expected, log.select(filter, column, true, null));
        assertArrayEquals(expectedDescending, log.select(filter, column, false, null));
    }

    @Test
    void aCancelledSelectionThrows() {
        assertThrows(CancellationException.class,
                () -> LOG.select(AuditFilter.ALL, AuditColumn.USER, true, () -> true));
        AuditLog log = SyntheticAuditLog.generate(200_000, 3, Instant.parse("2026-06-01T00:00:00Z"));
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class,
                () -> log.select(AuditFilter.ALL, AuditColumn.SUMMARY, false, () -> asked.incrementAndGet() > 2));
        assertEquals(3, asked.get(), "asked while going through the rows, not only at the start");
        assertEquals(log.size(), log.select(AuditFilter.ALL, AuditColumn.SUMMARY, false, () -> false).length);
    }
}
