package cutover.core.plan;

import static cutover.core.plan.PlanFixture.byRule;
import static cutover.core.plan.PlanFixture.device;
import static cutover.core.plan.PlanFixture.entra;
import static cutover.core.plan.PlanFixture.only;
import static cutover.core.plan.PlanFixture.plan;
import static cutover.core.plan.PlanFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.AuthenticatorDevice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migration guide's rows for mobile-app devices. */
class DeviceRulesTest {

    private static MfaServerUser.Builder withDevices(int count) {
        MfaServerUser.Builder user = user();
        for (int day = 1; day <= count; day++) {
            user.addDevice(device("phone-" + day, day));
        }
        return user;
    }

    @Test
    void sixDevicesKeepTheNewestFive() {
        Plan plan = plan(withDevices(6).build(), entra().build());

        PlanAction limited = only(plan, RuleId.DEVICE_LIMIT);
        assertEquals(ActionKind.SKIP, limited.kind());
        assertTrue(limited.reason().contains("phone-1"), limited.reason());
        List<PlanAction> kept = byRule(plan, RuleId.DEVICE_NO_PUBLIC_API);
        assertEquals(5, kept.size());
        assertTrue(kept.get(0).reason().contains("phone-6"), "newest first: " + kept.get(0).reason());
    }

    @Test
    void hardwareTokenLeavesRoomForFourDevices() {
        Plan plan = plan(withDevices(5).oathTokenSerial("HW-0001").build(), entra().build());

        assertEquals(4, byRule(plan, RuleId.DEVICE_NO_PUBLIC_API).size());
        assertTrue(only(plan, RuleId.DEVICE_LIMIT).reason().contains("phone-1"));
    }

    @Test
    void sameNameDevicesKeepTheNewest() {
        Plan plan = plan(user().addDevice(device("iPhone", 3)).addDevice(device("iPhone", 9))
                .addDevice(device("Pixel", 5)).build(), entra().build());

        PlanAction older = only(plan, RuleId.DEVICE_SAME_NAME_NEWEST);
        assertEquals(ActionKind.SKIP, older.kind());
        assertTrue(older.reason().contains(PlanFixture.BASE.plusSeconds(3 * 86_400L).toString()), older.reason());
        assertEquals(2, byRule(plan, RuleId.DEVICE_NO_PUBLIC_API).size());
    }

    @Test
    void authenticatorDevicesAreNeverPlannedAsWrites() {
        Plan plan = plan(withDevices(3).build(), entra().build());

        for (PlanAction action : byRule(plan, RuleId.DEVICE_NO_PUBLIC_API)) {
            assertEquals(ActionKind.CANNOT_MIGRATE, action.kind());
            assertEquals(GraphApi.NONE, action.api());
            assertNull(action.operation());
            assertTrue(action.reason().contains("needs re-registration (or Microsoft's MFA Server Migration Utility)"),
                    action.reason());
        }
        assertTrue(plan.actions().stream().noneMatch(a -> a.operation() != null
                && a.operation().pathTemplate().contains("Authenticator")));
    }

    @Test
    void existingAuthenticatorDeviceIsMatchedByName() {
        Plan plan = plan(user().addDevice(device("Pixel", 5)).build(), entra().authenticatorDevices(
                List.of(new AuthenticatorDevice("auth-1", "pixel", null, null))).build());

        PlanAction matched = only(plan, RuleId.DEVICE_MATCH_EXISTING);
        assertEquals(ActionKind.SKIP, matched.kind());
        assertTrue(matched.reason().contains("by name"), matched.reason());
        assertTrue(byRule(plan, RuleId.DEVICE_NO_PUBLIC_API).isEmpty());
    }
}
