package cutover.core.plan;

import static cutover.core.plan.PlanFixture.entra;
import static cutover.core.plan.PlanFixture.only;
import static cutover.core.plan.PlanFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.TenantSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Matching outcomes, change detection, secrets, ordering and size of whole plans. */
class MigrationPlannerTest {

    private static final PlanOptions CHANGED_ONLY = PlanOptions.defaults();
    private static final PlanOptions ALL = new PlanOptions(DefaultMethodMode.IF_UNSET, true);

    private static Plan planOne(MfaServerUser user, Map<String, String> previous, PlanOptions options) {
        return PlanFixture.plan(List.of(user), PlanFixture.tenant(List.of(entra().build()), PlanFixture.allowAll()),
                Map.of(), options, previous);
    }

    /** An Entra user for each MFA Server user, found by UPN, without any methods. */
    private static TenantSnapshot bareTenant(List<MfaServerUser> users) {
        List<EntraUser> entraUsers = new java.util.ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            entraUsers.add(EntraUser.builder(new UUID(0x5eedL, i).toString(), users.get(i).upn()).build());
        }
        return PlanFixture.tenant(entraUsers, PlanFixture.allowAll());
    }

    private static Map<String, OathSeed> seedsFor(List<MfaServerUser> users) {
        Map<String, OathSeed> seeds = new HashMap<>();
        for (MfaServerUser user : users) {
            if (user.oathTokenSerial() != null) {
                seeds.put(user.oathTokenSerial(), new OathSeed(user.upn(), user.oathTokenSerial(), 30, "Acme", "T1",
                        true));
            }
        }
        return seeds;
    }

    @Test
    void unmatchedUsersCannotBeMigrated() {
        MfaServerUser stranger = MfaServerUser.builder().upn("nobody@contoso.com").phone(PlanFixture.MOBILE)
                .defaultMethod(cutover.core.mfaserver.DefaultMethod.PHONE_CALL_STANDARD).build();
        Plan plan = planOne(stranger, Map.of(), CHANGED_ONLY);

        PlanAction action = only(plan, RuleId.MATCH_UNMATCHED);
        assertEquals(ActionKind.CANNOT_MIGRATE, action.kind());
        assertNull(action.objectId());
        assertEquals(1, plan.actions().size());
        assertEquals(1, plan.summary().usersUnmatched());
    }

    @Test
    void ambiguousUsersCannotBeMigrated() {
        TenantSnapshot tenant = PlanFixture.tenant(List.of(entra().build(),
                EntraUser.builder("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", PlanFixture.UPN.toUpperCase()).build()),
                PlanFixture.allowAll());
        Plan plan = PlanFixture.plan(List.of(user().build()), tenant, Map.of(), CHANGED_ONLY, Map.of());

        PlanAction action = only(plan, RuleId.MATCH_AMBIGUOUS);
        assertEquals(ActionKind.CANNOT_MIGRATE, action.kind());
        assertEquals(1, plan.actions().size());
        assertEquals(1, plan.summary().usersAmbiguous());
    }

    @Test
    void unchangedUsersAreSkipped() {
        MfaServerUser user = user().build();
        Plan plan = planOne(user, Map.of(user.upn(), UserFingerprint.of(user)), CHANGED_ONLY);

        PlanAction skip = only(plan, RuleId.UNCHANGED_SKIPPED);
        assertEquals(ActionKind.SKIP, skip.kind());
        assertTrue(skip.reason().endsWith("since the last migration (2024-01-01T00:00:00Z)"), skip.reason());
        assertEquals(1, plan.actions().size());
        assertEquals(1, plan.summary().usersUnchanged());
    }

    @Test
    void migrateAllPlansUnchangedUsers() {
        MfaServerUser user = user().build();
        Plan plan = planOne(user, Map.of(user.upn(), UserFingerprint.of(user)), ALL);

        assertTrue(PlanFixture.byRule(plan, RuleId.UNCHANGED_SKIPPED).isEmpty());
        assertEquals(ActionKind.WRITE, only(plan, RuleId.PHONE_NO_EXT_MOBILE).kind());
    }

    @Test
    void changedUsersArePlannedAgain() {
        MfaServerUser before = user().build();
        MfaServerUser after = before.toBuilder().phone(PlanFixture.MOBILE_2).build();
        Plan plan = planOne(after, Map.of(before.upn(), UserFingerprint.of(before)), CHANGED_ONLY);

        assertTrue(PlanFixture.byRule(plan, RuleId.UNCHANGED_SKIPPED).isEmpty());
    }

    @Test
    void fingerprintIgnoresDataThatIsNotMigrated() {
        MfaServerUser user = user().build();
        MfaServerUser touched = user.toBuilder().lastChanged(PlanFixture.BASE).language("de").build();

        assertEquals(UserFingerprint.of(user), UserFingerprint.of(touched));
        assertNotEquals(UserFingerprint.of(user), UserFingerprint.of(user.toBuilder().backupPhone(PlanFixture.DESK)
                .build()));
        assertTrue(UserFingerprint.of(user).startsWith("v1:"));
    }

    @Test
    void noSecretEverAppearsInAnyAction() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(11).users(20_000).toList();
        Map<String, MfaServerUser> byUpn = new HashMap<>();
        users.forEach(user -> byUpn.put(user.upn(), user));
        Plan plan = PlanFixture.plan(users, bareTenant(users), seedsFor(users), ALL, Map.of());

        assertTrue(plan.summary().count(RuleId.OATH_CREATE_ASSIGN) > 0, "the sample should create tokens");
        for (PlanAction action : plan.actions()) {
            String text = action.reason() + " " + action.bodySummary();
            for (MobileAppDevice device : byUpn.get(action.upn()).devices()) {
                assertFalse(text.contains(device.deviceToken()), text);
            }
            int secretKey = text.indexOf("secretKey=");
            if (secretKey >= 0) {
                assertTrue(text.startsWith("secretKey=(from the seed file, not shown)", secretKey), text);
            }
        }
    }

    @Test
    void planningTwiceGivesEqualPlans() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(3).users(5_000).toList();
        TenantSnapshot tenant = bareTenant(users);
        Map<String, OathSeed> seeds = seedsFor(users);

        Plan first = PlanFixture.plan(users, tenant, seeds, CHANGED_ONLY, Map.of());
        Plan second = PlanFixture.plan(users, tenant, seeds, CHANGED_ONLY, Map.of());

        assertEquals(first.actions(), second.actions());
        assertEquals(first.summary(), second.summary());
        assertEquals(users.get(0).upn(), first.actions().get(0).upn());
    }

    @Test
    void theCompactPlanGivesBackEveryActionWithItsKindAndRule() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(6).users(3_000).toList();
        Plan plan = PlanFixture.plan(users, bareTenant(users), seedsFor(users), ALL, Map.of());

        List<PlanAction> actions = plan.actions();
        assertEquals(plan.size(), actions.size());
        List<PlanAction> backwards = new java.util.ArrayList<>();
        for (int i = actions.size() - 1; i >= 0; i--) {
            backwards.add(0, plan.actions().get(i));
            assertEquals(plan.kind(i), actions.get(i).kind());
            assertEquals(plan.rule(i), actions.get(i).rule());
        }
        assertEquals(actions, backwards, "random access gives the same actions as reading in order");
        assertEquals(users.get(1).upn(), plan.actionsOfUser(1).get(0).upn());
    }

    @Test
    void summaryCountsMatchTheActions() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(5).users(2_000).toList();
        Plan plan = PlanFixture.plan(users, bareTenant(users), Map.of(), ALL, Map.of());

        PlanSummary summary = plan.summary();
        assertEquals(users.size(), summary.users());
        assertEquals(plan.actions().size(), summary.actionsByKind().values().stream().mapToInt(i -> i).sum());
        assertEquals(plan.actions().size(), summary.actionsByRule().values().stream().mapToInt(i -> i).sum());
        assertEquals(summary.count(ActionKind.WRITE),
                summary.writesByOperation().values().stream().mapToInt(i -> i).sum());
        long usersWithWrites = PlanFixture.writes(plan).stream().map(PlanAction::upn).distinct().count();
        assertEquals(usersWithWrites, summary.usersWithWrites());
    }

    @Test
    void fiveHundredThousandUsersArePlanned() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(42).users(500_000).parallel().toList();
        Plan plan = PlanFixture.plan(users, bareTenant(users), Map.of(), CHANGED_ONLY, Map.of());

        assertEquals(500_000, plan.summary().users());
    }
}
