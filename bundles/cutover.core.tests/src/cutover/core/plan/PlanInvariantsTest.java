package cutover.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.TenantSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Invariants over a synthetic population whose Entra side already holds some of the numbers in other slots, other
 * numbers and default methods: applying the plan's writes to the snapshot and planning again writes nothing, and
 * the applied state never breaks Graph's rules or the policy.
 */
class PlanInvariantsTest {

    private static final int USERS = 4_000;

    /** Entra users with a mix of existing phones and default methods, found by UPN. */
    private static TenantSnapshot tenant(List<MfaServerUser> users) {
        List<EntraUser> entraUsers = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            MfaServerUser user = users.get(i);
            EntraUser.Builder entra = EntraUser.builder(new UUID(0xabcL, i).toString(), user.upn());
            String primary = user.phone() == null ? null : user.phone().graphFormat();
            switch (i % 4) {
                case 1 -> entra.phones(primary == null ? List.of()
                        : List.of(new EntraPhoneMethod(PhoneType.OFFICE, primary)));
                case 2 -> entra.phones(List.of(new EntraPhoneMethod(PhoneType.MOBILE, "+1 2065550000")))
                        .defaultMethod(EntraMethod.SMS);
                case 3 -> entra.phones(primary == null ? List.of()
                        : List.of(new EntraPhoneMethod(PhoneType.OFFICE, primary)))
                        .defaultMethod(primary == null ? null : EntraMethod.VOICE_OFFICE);
                default -> {
                    // nothing in Entra yet
                }
            }
            entraUsers.add(entra.build());
        }
        return PlanFixture.tenant(entraUsers, PlanFixture.allowAllBut(PolicyMethod.SMS));
    }

    private static Map<String, OathSeed> seeds(List<MfaServerUser> users) {
        Map<String, OathSeed> seeds = new HashMap<>();
        for (MfaServerUser user : users) {
            if (user.oathTokenSerial() != null) {
                seeds.put(user.oathTokenSerial(), new OathSeed(null, user.oathTokenSerial(), 30, null, null, true));
            }
        }
        return seeds;
    }

    @Test
    void planningAgainAfterThePlanIsAppliedWritesNothing() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(8).users(USERS).toList();
        TenantSnapshot before = tenant(users);
        for (DefaultMethodMode mode : DefaultMethodMode.values()) {
            PlanOptions options = new PlanOptions(mode, true);
            Plan first = PlanFixture.plan(users, before, seeds(users), options, Map.of());
            assertTrue(first.summary().count(ActionKind.WRITE) > USERS, "the sample should need writes");
            assertTrue(first.summary().count(RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE) > 0);

            Plan second = PlanFixture.plan(users, AppliedPlan.apply(before, first), seeds(users), options, Map.of());

            assertEquals(List.of(), PlanFixture.writes(second), mode.toString());
        }
    }

    @Test
    void appliedPlanNeverLeavesAnAlternateMobileWithoutMobileOrAForbiddenDefault() {
        List<MfaServerUser> users = new SyntheticMfaServerUsers(9).users(USERS).toList();
        TenantSnapshot before = tenant(users);
        PlanOptions options = new PlanOptions(DefaultMethodMode.ALWAYS, true);
        TenantSnapshot after = AppliedPlan.apply(before, PlanFixture.plan(users, before, seeds(users), options,
                Map.of()));

        for (EntraUser user : after.users()) {
            if (user.phone(PhoneType.ALTERNATE_MOBILE) != null) {
                assertTrue(user.phone(PhoneType.MOBILE) != null, user.userPrincipalName());
            }
            assertFalse(user.defaultMethod() == EntraMethod.SMS
                    && before.users().stream().noneMatch(b -> b.objectId().equals(user.objectId())
                            && b.defaultMethod() == EntraMethod.SMS), user.userPrincipalName());
        }
    }
}
