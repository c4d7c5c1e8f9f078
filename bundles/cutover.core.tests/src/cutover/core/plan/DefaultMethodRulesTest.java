package cutover.core.plan;

import static cutover.core.plan.PlanFixture.DESK;
import static cutover.core.plan.PlanFixture.MOBILE_2;
import static cutover.core.plan.PlanFixture.device;
import static cutover.core.plan.PlanFixture.entra;
import static cutover.core.plan.PlanFixture.only;
import static cutover.core.plan.PlanFixture.plan;
import static cutover.core.plan.PlanFixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PolicyMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default-method rows: modes, the MFA Server to Entra mapping and the policy check. */
class DefaultMethodRulesTest {

    private static final PlanOptions ALWAYS = new PlanOptions(DefaultMethodMode.ALWAYS, false);
    private static final PlanOptions IF_UNSET = new PlanOptions(DefaultMethodMode.IF_UNSET, false);
    private static final PlanOptions MOST_SECURE = new PlanOptions(DefaultMethodMode.MOST_SECURE_IF_UNSET, false);
    private static final List<AuthenticatorDevice> AUTHENTICATOR =
            List.of(new AuthenticatorDevice("auth-1", "Pixel", null, null));

    private static String setTo(PlanAction action) {
        assertEquals(GraphOperation.SET_DEFAULT_METHOD, action.operation(), action.toString());
        return action.bodySummary();
    }

    private static Plan planWithPolicy(MfaServerUser user, EntraUser entra, AuthenticationMethodsPolicy policy) {
        return PlanFixture.plan(List.of(user), PlanFixture.tenant(List.of(entra), policy), Map.of(), IF_UNSET,
                Map.of());
    }

    @Test
    void alwaysModeSetsTheDefaultMethodEvenWhenEntraHasOne() {
        Plan plan = plan(user().defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).build(),
                entra().defaultMethod(EntraMethod.VOICE_MOBILE).build(), ALWAYS);

        PlanAction action = only(plan, RuleId.DEFAULT_ALWAYS);
        assertEquals("userPreferredMethodForSecondaryAuthentication=sms", setTo(action));
        assertEquals("/beta/users/" + PlanFixture.OBJECT_ID + "/authentication/signInPreferences", action.path());
        assertEquals(GraphApi.BETA, action.api());
    }

    @Test
    void ifUnsetModeKeepsAnExistingDefaultMethod() {
        Plan plan = plan(user().defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).build(),
                entra().defaultMethod(EntraMethod.VOICE_MOBILE).build(), IF_UNSET);

        assertEquals(ActionKind.SKIP, only(plan, RuleId.DEFAULT_IF_UNSET).kind());
    }

    @Test
    void ifUnsetModeSetsTheDefaultWhenEntraHasNone() {
        Plan plan = plan(user().defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).build(), entra().build(), IF_UNSET);

        assertEquals("userPreferredMethodForSecondaryAuthentication=sms", setTo(only(plan, RuleId.DEFAULT_IF_UNSET)));
    }

    @Test
    void mostSecureIfUnsetPicksTheMostSecureMethodTheUserWillHave() {
        Plan plan = plan(user().defaultMethod(DefaultMethod.PHONE_CALL_STANDARD).build(),
                entra().authenticatorDevices(AUTHENTICATOR).build(), MOST_SECURE);

        assertEquals("userPreferredMethodForSecondaryAuthentication=push",
                setTo(only(plan, RuleId.DEFAULT_MOST_SECURE_IF_UNSET)));
    }

    @Test
    void mostSecureIfUnsetKeepsAnExistingDefaultMethod() {
        Plan plan = plan(user().build(), entra().defaultMethod(EntraMethod.SMS).build(), MOST_SECURE);

        assertEquals(ActionKind.SKIP, only(plan, RuleId.DEFAULT_MOST_SECURE_IF_UNSET).kind());
    }

    @Test
    void phoneCallToAnOfficePhoneBecomesVoiceOffice() {
        Plan plan = plan(user().phone(DESK).build(), entra().build(), IF_UNSET);

        assertEquals("userPreferredMethodForSecondaryAuthentication=voiceOffice",
                setTo(only(plan, RuleId.DEFAULT_IF_UNSET)));
    }

    @Test
    void pinVariantsMapLikeTheirBaseAndSayThePinIsNotCarriedOver() {
        Plan phone = plan(user().defaultMethod(DefaultMethod.PHONE_CALL_PIN).build(), entra().build(), IF_UNSET);
        Plan text = plan(user().defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP_PIN).build(), entra().build(), IF_UNSET);
        Plan app = plan(user().defaultMethod(DefaultMethod.MOBILE_APP_PIN).addDevice(device("Pixel", 1)).build(),
                entra().authenticatorDevices(AUTHENTICATOR).build(), IF_UNSET);

        PlanAction voice = only(phone, RuleId.DEFAULT_IF_UNSET);
        PlanAction sms = only(text, RuleId.DEFAULT_IF_UNSET);
        PlanAction push = only(app, RuleId.DEFAULT_IF_UNSET);
        assertEquals("userPreferredMethodForSecondaryAuthentication=voiceMobile", setTo(voice));
        assertEquals("userPreferredMethodForSecondaryAuthentication=sms", setTo(sms));
        assertEquals("userPreferredMethodForSecondaryAuthentication=push", setTo(push));
        for (PlanAction action : List.of(voice, sms, push)) {
            assertTrue(action.reason().contains("PIN is not carried over"), action.reason());
        }
        assertTrue(push.reason().contains("number matching"), push.reason());
    }

    @Test
    void policyForbiddenMethodIsReplacedByTheMostSecureAllowed() {
        Plan plan = planWithPolicy(user().defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).backupPhone(MOBILE_2).build(),
                entra().build(), PlanFixture.allowAllBut(PolicyMethod.SMS));

        PlanAction action = only(plan, RuleId.DEFAULT_POLICY_REPLACED);
        assertEquals("userPreferredMethodForSecondaryAuthentication=voiceMobile", setTo(action));
    }

    @Test
    void noAllowedMethodMeansNoDefaultMethod() {
        Plan plan = planWithPolicy(user().defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).build(), entra().build(),
                new AuthenticationMethodsPolicy(List.of()));

        assertEquals(ActionKind.CANNOT_MIGRATE, only(plan, RuleId.DEFAULT_POLICY_REPLACED).kind());
    }

    @Test
    void mobileAppDefaultWithoutAuthenticatorInEntraIsReplaced() {
        Plan plan = plan(user().defaultMethod(DefaultMethod.MOBILE_APP_STANDARD).addDevice(device("Pixel", 1))
                .build(), entra().build(), IF_UNSET);

        assertEquals("userPreferredMethodForSecondaryAuthentication=sms",
                setTo(only(plan, RuleId.DEFAULT_METHOD_UNAVAILABLE)));
    }

    @Test
    void systemPreferredUsersAreToldThePreferenceIsIgnored() {
        Plan plan = plan(user().build(), entra().systemPreferredEnabled(true).build(), IF_UNSET);

        assertTrue(only(plan, RuleId.DEFAULT_IF_UNSET).reason().contains("ignores the preference"));
    }
}
