package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.EntraMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInPreferencesTest extends RunningEmulator {

    private static final String BEA_PREFERENCES = "/beta/users/" + TestTenants.BEA_ID
            + "/authentication/signInPreferences";

    @BeforeEach
    void start() throws Exception {
        start(TestTenants.options().build());
    }

    @Test
    void readsAndChangesTheDefaultMethod() throws Exception {
        EmulatorHttp.Response before = http.get(BEA_PREFERENCES);
        assertEquals(200, before.status());
        assertEquals("voiceOffice", before.json().get("userPreferredMethodForSecondaryAuthentication").getAsString());
        assertFalse(before.json().get("isSystemPreferredAuthenticationMethodEnabled").getAsBoolean());

        EmulatorHttp.Response patch = http.send("PATCH", BEA_PREFERENCES,
                "{\"userPreferredMethodForSecondaryAuthentication\":\"push\"}");
        assertEquals(204, patch.status());
        EmulatorHttp.Response after = http.get(BEA_PREFERENCES);
        assertEquals("push", after.json().get("userPreferredMethodForSecondaryAuthentication").getAsString());
        assertEquals(EntraMethod.PUSH, emulator.tenant().user(TestTenants.BEA).orElseThrow().defaultMethod());
    }

    @Test
    void nullPreferenceIsSentAsJsonNull() throws Exception {
        EmulatorHttp.Response alex = http.get("/beta/users/" + TestTenants.ALEX + "/authentication/signInPreferences");
        assertEquals(200, alex.status());
        assertTrue(alex.json().has("userPreferredMethodForSecondaryAuthentication"));
        assertTrue(alex.json().get("userPreferredMethodForSecondaryAuthentication").isJsonNull());
    }

    @Test
    void rejectsUnknownValuesAndMethodsTheUserLacks() throws Exception {
        EmulatorHttp.Response unknown = http.send("PATCH", BEA_PREFERENCES,
                "{\"userPreferredMethodForSecondaryAuthentication\":\"fax\"}");
        assertEquals(400, unknown.status());
        assertEquals("badRequest", unknown.errorCode());
        EmulatorHttp.Response lacking = http.send("PATCH", BEA_PREFERENCES,
                "{\"userPreferredMethodForSecondaryAuthentication\":\"sms\"}");
        assertEquals(400, lacking.status());
        assertTrue(lacking.errorMessage().contains("no registered method"), lacking.errorMessage());
        assertEquals(EntraMethod.VOICE_OFFICE, emulator.tenant().user(TestTenants.BEA).orElseThrow().defaultMethod());
    }

    @Test
    void signInPreferencesAreBetaOnly() throws Exception {
        EmulatorHttp.Response v1 = http.get("/v1.0/users/" + TestTenants.BEA_ID + "/authentication/signInPreferences");
        assertEquals(400, v1.status());
        assertTrue(v1.errorMessage().contains("signInPreferences"), v1.errorMessage());
    }

    @Test
    void servesThePolicyWithGraphIds() throws Exception {
        EmulatorHttp.Response policy = http.get("/v1.0/policies/authenticationMethodsPolicy");
        assertEquals(200, policy.status());
        assertEquals("authenticationMethodsPolicy", policy.json().get("id").getAsString());
        var sms = policy.json().getAsJsonArray("authenticationMethodConfigurations").asList().stream()
                .map(c -> c.getAsJsonObject()).filter(c -> c.get("id").getAsString().equals("Sms")).findFirst()
                .orElseThrow();
        assertEquals("enabled", sms.get("state").getAsString());
        assertEquals("all_users", sms.getAsJsonArray("includeTargets").get(0).getAsJsonObject().get("id")
                .getAsString());
        assertEquals(0, sms.getAsJsonArray("excludeTargets").size());
    }
}
