package cutover.core.plan;

import static cutover.core.plan.PlanFixture.DESK;
import static cutover.core.plan.PlanFixture.DESK_2;
import static cutover.core.plan.PlanFixture.MOBILE;
import static cutover.core.plan.PlanFixture.MOBILE_2;
import static cutover.core.plan.PlanFixture.entra;
import static cutover.core.plan.PlanFixture.only;
import static cutover.core.plan.PlanFixture.plan;
import static cutover.core.plan.PlanFixture.user;
import static cutover.core.plan.PlanFixture.writes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.DefaultMethod;
import org.junit.jupiter.api.Test;

/** The migration guide's rows for the phone and the backup phone. */
class PhoneRulesTest {

    @Test
    void phoneWithoutExtensionGoesToMobile() {
        Plan plan = plan(user().build(), entra().build());

        PlanAction action = only(plan, RuleId.PHONE_NO_EXT_MOBILE);
        assertEquals(ActionKind.WRITE, action.kind());
        assertEquals(GraphOperation.ADD_PHONE, action.operation());
        assertEquals("/v1.0/users/" + PlanFixture.OBJECT_ID + "/authentication/phoneMethods", action.path());
        assertEquals(GraphApi.V1_0, action.api());
        assertEquals("phoneType=mobile, phoneNumber=+1 4255550100", action.bodySummary());
    }

    @Test
    void phoneWithExtensionGoesToOffice() {
        Plan plan = plan(user().phone(DESK).build(), entra().build());

        PlanAction action = only(plan, RuleId.PHONE_EXT_OFFICE);
        assertEquals(ActionKind.WRITE, action.kind());
        assertEquals("phoneType=office, phoneNumber=+1 4255550199x1234", action.bodySummary());
    }

    @Test
    void textMessageDefaultDropsTheExtension() {
        Plan plan = plan(user().phone(DESK).defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).build(), entra().build());

        PlanAction action = only(plan, RuleId.PHONE_SMS_DROP_EXT);
        assertEquals(ActionKind.WRITE, action.kind());
        assertEquals("phoneType=mobile, phoneNumber=+1 4255550199", action.bodySummary());
        assertTrue(action.reason().contains("x1234"), action.reason());
    }

    @Test
    void backupPhoneWithoutExtensionGoesToAlternateMobile() {
        Plan plan = plan(user().backupPhone(MOBILE_2).build(), entra().build());

        PlanAction action = only(plan, RuleId.BACKUP_NO_EXT_ALTERNATE);
        assertEquals(ActionKind.WRITE, action.kind());
        assertEquals("phoneType=alternateMobile, phoneNumber=+1 4255550111", action.bodySummary());
        // mobile first: alternateMobile needs it
        assertEquals(RuleId.PHONE_NO_EXT_MOBILE, writes(plan).get(0).rule());
    }

    @Test
    void backupPhoneWithExtensionGoesToOffice() {
        Plan plan = plan(user().phone(MOBILE).backupPhone(DESK).build(), entra().build());

        PlanAction action = only(plan, RuleId.BACKUP_EXT_OFFICE);
        assertEquals(ActionKind.WRITE, action.kind());
        assertEquals("phoneType=office, phoneNumber=+1 4255550199x1234", action.bodySummary());
    }

    @Test
    void bothPhonesWithExtensionsSkipTheBackupPhone() {
        Plan plan = plan(user().phone(DESK).backupPhone(DESK_2).build(), entra().build());

        PlanAction action = only(plan, RuleId.BACKUP_BOTH_EXT_SKIP);
        assertEquals(ActionKind.SKIP, action.kind());
        assertEquals(1, writes(plan).stream().filter(w -> w.operation() == GraphOperation.ADD_PHONE).count());
        only(plan, RuleId.PHONE_EXT_OFFICE);
    }

    @Test
    void textMessageDefaultWithBothExtensionsStillSkipsTheBackupPhone() {
        Plan plan = plan(user().phone(DESK).backupPhone(DESK_2).defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP)
                .build(), entra().build());

        assertEquals(ActionKind.SKIP, only(plan, RuleId.BACKUP_BOTH_EXT_SKIP).kind());
        assertEquals(ActionKind.WRITE, only(plan, RuleId.PHONE_SMS_DROP_EXT).kind());
    }
}
