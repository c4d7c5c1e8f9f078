package cutover.core.plan;

import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.TenantSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds one-user plans for the rule tests. */
final class PlanFixture {

    static final String UPN = "ada.lovelace@contoso.com";
    static final String OBJECT_ID = "0b6a1f52-9d7e-4c1a-8f3e-2a5b7c9d1e0f";
    static final String TENANT_ID = "6f2c1d3e-4b5a-4978-8c6d-5e4f3a2b1c0d";
    static final PhoneNumber MOBILE = new PhoneNumber("1", "4255550100", null);
    static final PhoneNumber MOBILE_2 = new PhoneNumber("1", "4255550111", null);
    static final PhoneNumber DESK = new PhoneNumber("1", "4255550199", "1234");
    static final PhoneNumber DESK_2 = new PhoneNumber("49", "30901820", "77");
    static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");

    private PlanFixture() {
    }

    static MfaServerUser.Builder user() {
        return MfaServerUser.builder().upn(UPN).phone(MOBILE).defaultMethod(DefaultMethod.PHONE_CALL_STANDARD);
    }

    static EntraUser.Builder entra() {
        return EntraUser.builder(OBJECT_ID, UPN);
    }

    static MobileAppDevice device(String name, int day) {
        return new MobileAppDevice(name, "push-token-" + name + "-" + day, BASE.plusSeconds(day * 86_400L), true);
    }

    static AuthenticationMethodsPolicy allowAll() {
        List<MethodPolicy> methods = new ArrayList<>();
        for (PolicyMethod method : PolicyMethod.values()) {
            methods.add(MethodPolicy.enabledForAll(method));
        }
        return new AuthenticationMethodsPolicy(methods);
    }

    static AuthenticationMethodsPolicy allowAllBut(PolicyMethod forbidden) {
        List<MethodPolicy> methods = new ArrayList<>();
        for (PolicyMethod method : PolicyMethod.values()) {
            methods.add(method == forbidden ? MethodPolicy.disabled(method) : MethodPolicy.enabledForAll(method));
        }
        return new AuthenticationMethodsPolicy(methods);
    }

    static TenantSnapshot tenant(List<EntraUser> users, AuthenticationMethodsPolicy policy) {
        return new TenantSnapshot(TENANT_ID, BASE, policy, users);
    }

    static Plan plan(MfaServerUser user, EntraUser entra) {
        return plan(user, entra, PlanOptions.defaults());
    }

    static Plan plan(MfaServerUser user, EntraUser entra, PlanOptions options) {
        return plan(List.of(user), tenant(List.of(entra), allowAll()), Map.of(), options, Map.of());
    }

    /** @param previous fingerprints by UPN, recorded as migrated at {@link #BASE} */
    static Plan plan(List<MfaServerUser> users, TenantSnapshot tenant, Map<String, OathSeed> seeds,
            PlanOptions options, Map<String, String> previous) {
        List<MigratedUser> migrated = new ArrayList<>();
        previous.forEach((upn, fingerprint) -> migrated.add(new MigratedUser(upn, fingerprint, BASE)));
        return new MigrationPlanner().plan(new UserMatcher(tenant.users(), null).match(users), tenant, seeds,
                options, MigrationHistory.of(migrated));
    }

    static List<PlanAction> byRule(Plan plan, RuleId rule) {
        return plan.actions().stream().filter(action -> action.rule() == rule).toList();
    }

    /** The one action of this rule; fails when there is not exactly one. */
    static PlanAction only(Plan plan, RuleId rule) {
        List<PlanAction> found = byRule(plan, rule);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + rule + " action but found " + found + " in " + plan.actions());
        }
        return found.get(0);
    }

    static List<PlanAction> writes(Plan plan) {
        return plan.actions().stream().filter(action -> action.kind() == ActionKind.WRITE).toList();
    }
}
