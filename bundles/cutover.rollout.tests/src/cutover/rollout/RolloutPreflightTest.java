package cutover.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each rule of Staged Rollout's preflight, one at a time, and a clean group that passes. */
class RolloutPreflightTest {

    private static final MigrationHistory MIGRATED = MigrationHistory.of(List.of(
            new MigratedUser("ana@contoso.com", "v1:0123456789abcdef", Instant.parse("2026-11-01T00:00:00Z")),
            new MigratedUser("Leo@Contoso.com", "v1:fedcba9876543210", Instant.parse("2026-11-01T00:00:00Z"))));
    private static final RolloutPreflight.Context ADMIN = RolloutPreflight.Context.of(true, List.of(), MIGRATED);

    private static CandidateGroup group(String name, List<String> users) {
        return new CandidateGroup("id-" + name, name, false, 0, 0, users, List.of());
    }

    private static List<String> users(int count) {
        return IntStream.range(0, count).mapToObj(i -> "user" + i + "@contoso.com").toList();
    }

    @Test
    void aGroupOfMigratedSyncedUsersPassesClean() {
        RolloutPreflight.Result result = RolloutPreflight.check(
                List.of(group("Pilot", List.of("ANA@contoso.com", "leo@contoso.com"))), ADMIN);
        assertEquals(List.of(), result.findings(), "UPNs compare in any case");
        assertFalse(result.blocked());
    }

    @Test
    void onlyADelegatedSignInMayChangeTheRollout() {
        RolloutPreflight.Result result = RolloutPreflight.check(List.of(group("Pilot", List.of("ana@contoso.com"))),
                RolloutPreflight.Context.of(false, List.of(), MIGRATED));
        assertTrue(result.blocked());
        assertEquals(1, result.of(RolloutRule.DELEGATED_SIGN_IN).size());
    }

    @Test
    void elevenGroupsAreTooMany() {
        List<CandidateGroup> groups = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            groups.add(group("G" + i, List.of("ana@contoso.com")));
        }
        assertTrue(RolloutPreflight.check(groups.subList(0, 10), ADMIN).findings().isEmpty(), "ten are allowed");
        RolloutPreflight.Result result = RolloutPreflight.check(groups, ADMIN);
        assertTrue(result.blocked());
        assertTrue(result.of(RolloutRule.TOO_MANY_GROUPS).get(0).describe().contains("11 groups"));
    }

    @Test
    void aGroupOver50000UsersAndOver500000InAllAreRefused() {
        RolloutPreflight.Context everyoneMigrated = new RolloutPreflight.Context(true, java.util.Set.of(),
                new java.util.HashSet<>(users(550_001)));
        RolloutPreflight.Result one = RolloutPreflight.check(List.of(group("Big", users(50_001))), everyoneMigrated);
        assertEquals(1, one.of(RolloutRule.GROUP_TOO_LARGE).size());
        assertTrue(RolloutPreflight.check(List.of(group("Edge", users(50_000))), everyoneMigrated).findings()
                .isEmpty(), "50,000 is allowed");

        List<String> all = users(550_001);
        List<CandidateGroup> eleventh = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            eleventh.add(group("G" + i, all.subList(i * 50_000, (i + 1) * 50_000)));
        }
        assertTrue(RolloutPreflight.check(eleventh, everyoneMigrated).findings().isEmpty(), "500,000 in all");
        eleventh.set(9, group("G9", all.subList(450_000, 500_001)));
        RolloutPreflight.Result total = RolloutPreflight.check(eleventh, everyoneMigrated);
        assertEquals(1, total.of(RolloutRule.TOO_MANY_USERS).size());
        assertTrue(total.blocked());
    }

    @Test
    void dynamicGroupsNestedGroupsAndContactsEachBlock() {
        CandidateGroup dynamic = new CandidateGroup("d", "Dynamic", true, 0, 0, List.of("ana@contoso.com"), List.of());
        CandidateGroup nested = new CandidateGroup("n", "Nested", false, 2, 0, List.of("ana@contoso.com"), List.of());
        CandidateGroup contacts = new CandidateGroup("c", "Partners", false, 0, 3, List.of("ana@contoso.com"),
                List.of());
        RolloutPreflight.Result ofDynamic = RolloutPreflight.check(List.of(dynamic), ADMIN);
        assertTrue(ofDynamic.blocked());
        assertEquals(1, ofDynamic.of(RolloutRule.DYNAMIC_GROUP).size());
        RolloutPreflight.Result ofNested = RolloutPreflight.check(List.of(nested), ADMIN);
        assertTrue(ofNested.blocked());
        assertEquals("Nested: It holds 2 nested group(s). " + RolloutRule.NESTED_GROUP.explanation,
                ofNested.of(RolloutRule.NESTED_GROUP).get(0).describe());
        RolloutPreflight.Result ofContacts = RolloutPreflight.check(List.of(contacts), ADMIN);
        assertTrue(ofContacts.blocked());
        assertEquals("Partners: It holds 3 contact(s). " + RolloutRule.CONTACTS.explanation,
                ofContacts.of(RolloutRule.CONTACTS).get(0).describe());
        assertFalse(RolloutPreflight.check(List.of(new CandidateGroup("a", "Assigned", false, 0, 0,
                List.of("ana@contoso.com"), List.of())), ADMIN).blocked(), "an assigned group of synced users");
    }

    @Test
    void cloudOnlyUsersBlockAndNotYetMigratedUsersAreListed() {
        CandidateGroup group = new CandidateGroup("p", "Pilot", false, 0, 0,
                List.of("ana@contoso.com", "bo@contoso.com", "cloud@contoso.onmicrosoft.com"),
                List.of("cloud@contoso.onmicrosoft.com"));
        RolloutPreflight.Result result = RolloutPreflight.check(List.of(group),
                RolloutPreflight.Context.of(true, List.of("BO@contoso.com", "zed@contoso.com"), MIGRATED));
        assertTrue(result.blocked(), "synced users only");
        assertEquals(List.of("cloud@contoso.onmicrosoft.com"), result.of(RolloutRule.CLOUD_ONLY_USERS).get(0).users());
        assertEquals(List.of("bo@contoso.com", "cloud@contoso.onmicrosoft.com"),
                result.of(RolloutRule.NOT_YET_MIGRATED).get(0).users(), "the guide's warning, with who");
        assertEquals(List.of("bo@contoso.com"), result.of(RolloutRule.OVERLAPS_MIGRATION_GROUP).get(0).users());
    }

    @Test
    void blockingFindingsComeFirst() {
        CandidateGroup group = new CandidateGroup("d", "Dynamic", true, 1, 0, List.of("bo@contoso.com"), List.of());
        List<RolloutFinding> findings = RolloutPreflight.check(List.of(group), ADMIN).findings();
        assertTrue(findings.get(0).blocks());
        assertFalse(findings.get(findings.size() - 1).blocks());
    }
}
