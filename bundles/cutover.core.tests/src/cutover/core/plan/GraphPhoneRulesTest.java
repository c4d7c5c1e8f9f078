package cutover.core.plan;

import static cutover.core.plan.PlanFixture.DESK;
import static cutover.core.plan.PlanFixture.MOBILE;
import static cutover.core.plan.PlanFixture.MOBILE_2;
import static cutover.core.plan.PlanFixture.byRule;
import static cutover.core.plan.PlanFixture.entra;
import static cutover.core.plan.PlanFixture.only;
import static cutover.core.plan.PlanFixture.plan;
import static cutover.core.plan.PlanFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.PhoneType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Graph's own constraints on phone methods. */
class GraphPhoneRulesTest {

    private static EntraPhoneMethod entraPhone(PhoneType type, String number) {
        return new EntraPhoneMethod(type, number);
    }

    @Test
    void alternateMobileNeedsAMobile() {
        // the phone has an extension and goes to office, so nothing fills the mobile slot
        Plan plan = plan(user().phone(DESK).backupPhone(MOBILE_2).build(), entra().build());

        PlanAction action = only(plan, RuleId.GRAPH_ALTERNATE_NEEDS_MOBILE);
        assertEquals(ActionKind.SKIP, action.kind());
        assertTrue(byRule(plan, RuleId.BACKUP_NO_EXT_ALTERNATE).isEmpty());
        assertTrue(plan.actions().stream().noneMatch(a -> a.bodySummary() != null
                && a.bodySummary().contains("alternateMobile")));
    }

    @Test
    void alternateMobileIsWrittenNextToAnExistingMobile() {
        Plan plan = plan(user().phone(DESK).backupPhone(MOBILE_2).build(),
                entra().phones(List.of(entraPhone(PhoneType.MOBILE, "+44 7700900123"))).build());

        assertEquals(ActionKind.WRITE, only(plan, RuleId.BACKUP_NO_EXT_ALTERNATE).kind());
        assertTrue(byRule(plan, RuleId.GRAPH_ALTERNATE_NEEDS_MOBILE).isEmpty());
    }

    @Test
    void mobileMovingToOfficeIsKeptWhileAnAlternateMobileStays() {
        // found by PlanPropertiesTest: deleting the mobile would leave Entra's alternate mobile on its own
        Plan plan = plan(user().phone(DESK).backupPhone(MOBILE_2).build(), entra().phones(List.of(
                entraPhone(PhoneType.MOBILE, DESK.graphFormat()),
                entraPhone(PhoneType.ALTERNATE_MOBILE, MOBILE_2.graphFormat()))).build());

        PlanAction kept = only(plan, RuleId.GRAPH_ALTERNATE_NEEDS_MOBILE);
        assertEquals(ActionKind.SKIP, kept.kind());
        assertTrue(kept.reason().contains("mobile method " + DESK.graphFormat() + " is not deleted"), kept.reason());
        assertTrue(PlanFixture.writes(plan).stream()
                .noneMatch(a -> a.operation().equals(GraphOperation.deletePhone(PhoneType.MOBILE))));
        assertEquals(ActionKind.WRITE, only(plan, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE).kind()); // the office add
    }

    @Test
    void sameNumberOfTheSameTypeIsNotWrittenAgain() {
        Plan plan = plan(user().build(), entra().phones(List.of(entraPhone(PhoneType.MOBILE, "+1 4255550100")))
                .build());

        PlanAction action = only(plan, RuleId.PHONE_NO_EXT_MOBILE);
        assertEquals(ActionKind.SKIP, action.kind());
        assertNull(action.operation());
    }

    @Test
    void otherNumberOfTheSameTypeIsUpdated() {
        Plan plan = plan(user().build(), entra().phones(List.of(entraPhone(PhoneType.MOBILE, "+1 2065550000")))
                .build());

        PlanAction action = only(plan, RuleId.PHONE_NO_EXT_MOBILE);
        assertEquals("PATCH", action.operation().httpMethod());
        assertEquals("/v1.0/users/" + PlanFixture.OBJECT_ID + "/authentication/phoneMethods/"
                + PhoneType.MOBILE.methodId(), action.path());
        assertEquals("phoneNumber=+1 4255550100", action.bodySummary());
        assertTrue(action.reason().contains("+1 2065550000"), action.reason());
    }

    @Test
    void typeChangeIsAddThenDelete() {
        // Entra has the number as office; the rules now want it as mobile
        Plan plan = plan(user().phone(MOBILE).build(),
                entra().phones(List.of(entraPhone(PhoneType.OFFICE, "+1 4255550100"))).build());

        List<PlanAction> change = byRule(plan, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE);
        assertEquals(2, change.size(), change.toString());
        assertEquals(GraphOperation.ADD_PHONE, change.get(0).operation());
        assertEquals("phoneType=mobile, phoneNumber=+1 4255550100", change.get(0).bodySummary());
        assertEquals(GraphOperation.deletePhone(PhoneType.OFFICE), change.get(1).operation());
        assertTrue(plan.actions().indexOf(change.get(0)) < plan.actions().indexOf(change.get(1)));
    }

    @Test
    void defaultMethodNumberIsNeverDeleted() {
        Plan plan = plan(user().phone(MOBILE).build(), entra()
                .phones(List.of(entraPhone(PhoneType.OFFICE, "+1 4255550100")))
                .defaultMethod(EntraMethod.VOICE_OFFICE).build());

        PlanAction kept = only(plan, RuleId.GRAPH_DEFAULT_NUMBER_KEPT);
        assertEquals(ActionKind.SKIP, kept.kind());
        assertTrue(plan.actions().stream().noneMatch(a -> a.operation() != null
                && a.operation().httpMethod().equals("DELETE")));
    }

    @Test
    void defaultMethodMovingAwayLetsTheOldNumberBeDeletedAfterIt() {
        Plan plan = plan(user().phone(MOBILE).build(), entra()
                .phones(List.of(entraPhone(PhoneType.OFFICE, "+1 4255550100")))
                .defaultMethod(EntraMethod.VOICE_OFFICE).build(),
                new PlanOptions(DefaultMethodMode.ALWAYS, false));

        assertTrue(byRule(plan, RuleId.GRAPH_DEFAULT_NUMBER_KEPT).isEmpty());
        PlanAction setDefault = only(plan, RuleId.DEFAULT_ALWAYS);
        PlanAction delete = byRule(plan, RuleId.GRAPH_TYPE_CHANGE_ADD_DELETE).get(1);
        assertEquals(GraphOperation.deletePhone(PhoneType.OFFICE), delete.operation());
        assertTrue(plan.actions().indexOf(setDefault) < plan.actions().indexOf(delete));
    }

    @Test
    void unrelatedEntraPhonesAreLeftAlone() {
        Plan plan = plan(user().phone(MOBILE).build(),
                entra().phones(List.of(entraPhone(PhoneType.OFFICE, "+1 2065550000"))).build());

        assertTrue(plan.actions().stream().noneMatch(a -> a.operation() != null
                && a.operation().httpMethod().equals("DELETE")));
        assertEquals(ActionKind.WRITE, only(plan, RuleId.PHONE_NO_EXT_MOBILE).kind());
    }
}
