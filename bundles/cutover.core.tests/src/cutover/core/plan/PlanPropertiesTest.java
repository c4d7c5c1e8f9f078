package cutover.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MobileAppDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.TenantSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The planner's invariants over generated users, Entra states, policies, seed files and options (see
 * {@link PlanScenarios}). jqwik shrinks a failing case to a small one and prints it.
 */
class PlanPropertiesTest {

    private static final int TRIES = 1_000;

    @Property(tries = TRIES)
    void neverMoreThanFiveDevicesOrFourWithAHardwareToken(@ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        Plan plan = s.plan();
        long kept = plan.actions().stream().filter(action -> action.rule() == RuleId.DEVICE_MATCH_EXISTING
                || action.rule() == RuleId.DEVICE_NO_PUBLIC_API).count();
        int limit = s.user().oathTokenSerial() == null ? 5 : 4;
        assertTrue(kept <= limit, kept + " devices kept, limit " + limit);
        long distinctNames = s.user().devices().stream().map(device -> device.name().toLowerCase()).distinct()
                .count();
        assertEquals(Math.min(limit, distinctNames), kept, "newest device of each name, up to the limit");
    }

    @Property(tries = TRIES)
    void devicesAreNeverWrittenAndAlwaysSayNoPublicApi(@ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        for (PlanAction action : s.plan().actions()) {
            if (action.rule() == RuleId.DEVICE_NO_PUBLIC_API) {
                assertEquals(ActionKind.CANNOT_MIGRATE, action.kind());
                assertEquals(GraphApi.NONE, action.api());
                assertTrue(action.reason().contains("needs re-registration"), action.reason());
            }
        }
    }

    @Property(tries = TRIES)
    void neverAnAlternateMobileWithoutAMobile(@ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        EntraUser after = after(s);
        if (after.phone(PhoneType.ALTERNATE_MOBILE) != null) {
            assertNotNull(after.phone(PhoneType.MOBILE), "alternate mobile without mobile: " + after.phones());
        }
    }

    @Property(tries = TRIES)
    void neverSetsADefaultMethodThePolicyForbidsOrTheUserWillNotHave(
            @ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        EntraUser after = after(s);
        for (PlanAction write : PlanFixture.writes(s.plan())) {
            if (write.operation() == GraphOperation.SET_DEFAULT_METHOD) {
                EntraMethod set = after.defaultMethod();
                assertTrue(s.tenant().policy().allows(set, Set.of()), set + " is not allowed by the policy");
                assertTrue(userWillHave(after, set), set + " is not among the methods the user will have: "
                        + after.phones());
            }
        }
    }

    @Property(tries = TRIES)
    void noDeviceTokenInAnyAction(@ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        for (PlanAction action : s.plan().actions()) {
            String text = String.join("|", String.valueOf(action.bodySummary()), action.reason(),
                    String.valueOf(action.path()));
            for (MobileAppDevice device : s.user().devices()) {
                assertFalse(text.contains(device.deviceToken()), "a device token appears in " + action);
            }
        }
    }

    @Property(tries = TRIES)
    void planningAgainAfterApplyingWritesNothing(@ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        TenantSnapshot applied = AppliedPlan.apply(s.tenant(), s.plan());
        Plan again = PlanFixture.plan(List.of(s.user()), applied, s.seeds(), s.options(), Map.of());
        assertEquals(List.of(), PlanFixture.writes(again), "second plan after " + PlanFixture.writes(s.plan()));
    }

    @Property(tries = TRIES)
    void anUnchangedUserIsSkippedUnlessAllAreMigrated(@ForAll(supplier = PlanScenarios.class) PlanScenario s) {
        Map<String, String> previous = Map.of(s.user().upn(), UserFingerprint.of(s.user()));
        Plan skipped = PlanFixture.plan(List.of(s.user()), s.tenant(), s.seeds(),
                new PlanOptions(s.options().defaultMethodMode(), false), previous);
        assertEquals(List.of(RuleId.UNCHANGED_SKIPPED), skipped.actions().stream().map(PlanAction::rule).toList());
        Plan all = PlanFixture.plan(List.of(s.user()), s.tenant(), s.seeds(),
                new PlanOptions(s.options().defaultMethodMode(), true), previous);
        assertEquals(s.plan().actions(), all.actions());
    }

    private static EntraUser after(PlanScenario s) {
        return AppliedPlan.apply(s.tenant(), s.plan()).users().get(0);
    }

    private static boolean userWillHave(EntraUser user, EntraMethod method) {
        return switch (method) {
            case SMS, VOICE_MOBILE -> user.phone(PhoneType.MOBILE) != null;
            case VOICE_ALTERNATE_MOBILE -> user.phone(PhoneType.ALTERNATE_MOBILE) != null;
            case VOICE_OFFICE -> user.phone(PhoneType.OFFICE) != null;
            case OATH -> !user.hardwareOath().isEmpty() || !user.softwareOath().isEmpty();
            case PUSH -> !user.authenticatorDevices().isEmpty();
        };
    }
}
