package cutover.core.plan;

import static cutover.core.plan.PlanFixture.byRule;
import static cutover.core.plan.PlanFixture.entra;
import static cutover.core.plan.PlanFixture.only;
import static cutover.core.plan.PlanFixture.plan;
import static cutover.core.plan.PlanFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The migration guide's row for the hardware OATH token. */
class OathRulesTest {

    private static final String SERIAL = "HW-4711";

    private static Plan planWithSeeds(MfaServerUser user, EntraUser entra, Map<String, OathSeed> seeds) {
        return PlanFixture.plan(List.of(user), PlanFixture.tenant(List.of(entra), PlanFixture.allowAll()), seeds,
                PlanOptions.defaults(), Map.of());
    }

    @Test
    void oathTokenWithoutSeedNeedsSeedFile() {
        Plan plan = plan(user().oathTokenSerial(SERIAL).build(), entra().build());

        PlanAction action = only(plan, RuleId.OATH_NEEDS_SEED);
        assertEquals(ActionKind.CANNOT_MIGRATE, action.kind());
        assertTrue(action.reason().contains("needs seed file"), action.reason());
    }

    @Test
    void seedRowWithoutSecretNeedsSeedFile() {
        Plan plan = planWithSeeds(user().oathTokenSerial(SERIAL).build(), entra().build(),
                Map.of(SERIAL, new OathSeed(PlanFixture.UPN, SERIAL, 30, "Acme", "T1", false)));

        assertEquals(ActionKind.CANNOT_MIGRATE, only(plan, RuleId.OATH_NEEDS_SEED).kind());
    }

    @Test
    void oathTokenWithSeedIsCreatedAndAssigned() {
        Plan plan = planWithSeeds(user().oathTokenSerial(SERIAL).build(), entra().build(),
                Map.of(SERIAL, new OathSeed(PlanFixture.UPN, SERIAL, 30, "Acme", "T1", true)));

        List<PlanAction> actions = byRule(plan, RuleId.OATH_CREATE_ASSIGN);
        assertEquals(2, actions.size());
        assertEquals(GraphOperation.CREATE_HARDWARE_OATH, actions.get(0).operation());
        assertEquals("/beta/directory/authenticationMethodDevices/hardwareOathDevices", actions.get(0).path());
        assertEquals(GraphApi.BETA, actions.get(0).api());
        assertTrue(actions.get(0).bodySummary().contains("serialNumber=HW-4711"));
        assertEquals(GraphOperation.ASSIGN_HARDWARE_OATH, actions.get(1).operation());
        assertEquals(GraphApi.BETA, actions.get(1).api());
    }

    @Test
    void oathTokenAlreadyInEntraIsMatchedBySerial() {
        Plan plan = plan(user().oathTokenSerial(SERIAL).build(), entra().hardwareOath(List.of(
                new HardwareOathToken("tok-1", SERIAL, null, null, HardwareOathStatus.ACTIVATED))).build());

        assertEquals(ActionKind.SKIP, only(plan, RuleId.OATH_MATCH_EXISTING).kind());
        assertTrue(byRule(plan, RuleId.OATH_NEEDS_SEED).isEmpty());
    }

    @Test
    void oathTokenOverTheDeviceLimitIsSkipped() {
        List<AuthenticatorDevice> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(new AuthenticatorDevice("auth-" + i, "phone " + i, null, null));
        }
        Plan plan = planWithSeeds(user().oathTokenSerial(SERIAL).build(), entra().authenticatorDevices(five).build(),
                Map.of(SERIAL, new OathSeed(PlanFixture.UPN, SERIAL, 30, null, null, true)));

        assertEquals(ActionKind.SKIP, only(plan, RuleId.OATH_OVER_LIMIT).kind());
        assertTrue(byRule(plan, RuleId.OATH_CREATE_ASSIGN).isEmpty());
    }

    @Test
    void seedForAnotherUserIsNotAssigned() {
        Plan plan = planWithSeeds(user().oathTokenSerial(SERIAL).build(), entra().build(),
                Map.of(SERIAL, new OathSeed("someone.else@contoso.com", SERIAL, 30, null, null, true)));

        assertEquals(ActionKind.CANNOT_MIGRATE, only(plan, RuleId.OATH_NEEDS_SEED).kind());
    }
}
