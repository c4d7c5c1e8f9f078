package cutover.core.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cutover.core.matching.MatchReport;
import cutover.core.matching.MatchStatus;
import cutover.core.matching.MatchedBy;
import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.plan.RuleId;
import cutover.core.plan.UserFingerprint;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.TenantSnapshot;

class SyntheticTenantTest {

    private static final int USERS = 4_000;

    @Test
    void sameSeedSameSnapshot() {
        assertEquals(new SyntheticTenant(5).snapshot(300), new SyntheticTenant(5).snapshot(300));
        assertFalse(new SyntheticTenant(5).snapshot(300).equals(new SyntheticTenant(6).snapshot(300)));
    }

    @Test
    void theSnapshotMatchesTheExportOfTheSameSeedWithRealisticGaps() {
        TenantSnapshot tenant = new SyntheticTenant(11).snapshot(USERS);
        List<MfaServerUser> users = new SyntheticMfaServerUsers(11).users(USERS).toList();
        MatchReport report = new UserMatcher(tenant.users(), null).match(users);

        long unmatched = report.results().stream().filter(r -> r.status() == MatchStatus.UNMATCHED).count();
        long bySid = report.results().stream().filter(r -> r.matchedBy() == MatchedBy.SECURITY_IDENTIFIER).count();
        assertTrue(unmatched > USERS / 200 && unmatched < USERS / 25, "about 2 % missing: " + unmatched);
        assertTrue(bySid > USERS / 200 && bySid < USERS / 25, "about 2 % only by SID: " + bySid);
        assertEquals(0, report.summary().ambiguous());
        assertEquals(USERS - unmatched, report.summary().matched());
    }

    @Test
    void someUsersAlreadyHaveMethodsAndPreferences() {
        TenantSnapshot tenant = new SyntheticTenant(3).snapshot(USERS);
        long withPhones = tenant.users().stream().filter(u -> !u.phones().isEmpty()).count();
        long withDevices = tenant.users().stream().filter(u -> !u.authenticatorDevices().isEmpty()).count();
        long withTokens = tenant.users().stream().filter(u -> !u.hardwareOath().isEmpty()).count();
        long withDefault = tenant.users().stream().filter(u -> u.defaultMethod() != null).count();
        assertTrue(withPhones > USERS / 3 && withPhones < USERS * 2 / 3, "phones: " + withPhones);
        assertTrue(withDevices > 0 && withTokens > 0 && withDefault > USERS / 10,
                withDevices + " " + withTokens + " " + withDefault);
        for (cutover.core.tenant.EntraUser user : tenant.users()) {
            if (user.defaultMethod() != null) {
                assertTrue(has(user, user.defaultMethod()), "a default method the user has: " + user);
            }
        }
    }

    private static boolean has(cutover.core.tenant.EntraUser user, EntraMethod method) {
        return switch (method) {
            case PUSH -> !user.authenticatorDevices().isEmpty();
            case OATH -> !user.hardwareOath().isEmpty() || !user.softwareOath().isEmpty();
            case SMS, VOICE_MOBILE -> user.phone(cutover.core.tenant.PhoneType.MOBILE) != null;
            case VOICE_ALTERNATE_MOBILE -> user.phone(cutover.core.tenant.PhoneType.ALTERNATE_MOBILE) != null;
            case VOICE_OFFICE -> user.phone(cutover.core.tenant.PhoneType.OFFICE) != null;
        };
    }

    @Test
    void theHistoryMakesMigratedUsersUnchangedAndChangedUsersPlannedAgain() {
        TenantSnapshot tenant = new SyntheticTenant(7).snapshot(USERS);
        List<MfaServerUser> users = new SyntheticMfaServerUsers(7).users(USERS).toList();
        MigrationHistory history = new SyntheticTenant(7).history(USERS);
        assertTrue(history.size() > USERS / 4 && history.size() < USERS * 2 / 5, "recorded: " + history.size());

        Plan plan = new MigrationPlanner().plan(new UserMatcher(tenant.users(), null).match(users), tenant, Map.of(),
                PlanOptions.defaults(), history);

        int unchanged = plan.summary().usersUnchanged();
        int changed = 0;
        for (MfaServerUser user : users) {
            MigratedUser recorded = history.get(user.upn());
            if (recorded != null && !recorded.fingerprint().equals(UserFingerprint.of(user))) {
                changed++;
            }
        }
        assertTrue(changed > USERS / 100, "some recorded users changed since: " + changed);
        assertEquals(history.size() - changed, unchanged + unmatchedAmongRecorded(plan, history));
    }

    private static int unmatchedAmongRecorded(Plan plan, MigrationHistory history) {
        return (int) plan.actions().stream().filter(a -> a.rule() == RuleId.MATCH_UNMATCHED
                && history.get(a.upn()) != null).count();
    }

    @Test
    void thePolicyVariesWithTheSeed() {
        assertTrue(new SyntheticTenant(0).snapshot(1).policy().allows(EntraMethod.SMS, java.util.Set.of()));
        assertFalse(new SyntheticTenant(1).snapshot(1).policy().allows(EntraMethod.SMS, java.util.Set.of()));
        assertFalse(new SyntheticTenant(2).snapshot(1).policy().allows(EntraMethod.VOICE_MOBILE, java.util.Set.of()));
    }
}
