package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PhoneMethodsTest extends RunningEmulator {

    private static final String ALEX_PHONES = "/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/phoneMethods";
    private static final String MOBILE = PhoneType.MOBILE.methodId();
    private static final String ALTERNATE = PhoneType.ALTERNATE_MOBILE.methodId();

    @BeforeEach
    void start() throws Exception {
        start(TestTenants.options().build());
    }

    @Test
    void alternateMobileNeedsMobileAndEachTypeOnce() throws Exception {
        EmulatorHttp.Response alternateFirst = post("+1 2065550111", "alternateMobile");
        assertEquals(400, alternateFirst.status());
        assertEquals("badRequest", alternateFirst.errorCode());
        assertTrue(alternateFirst.errorMessage().contains("mobile"), alternateFirst.errorMessage());

        EmulatorHttp.Response mobile = post("+1 2065550100", "mobile");
        assertEquals(201, mobile.status());
        assertEquals(MOBILE, mobile.json().get("id").getAsString());
        assertEquals("+1 2065550100", mobile.json().get("phoneNumber").getAsString());
        assertEquals("mobile", mobile.json().get("phoneType").getAsString());
        assertEquals("notSupported", mobile.json().get("smsSignInState").getAsString());

        EmulatorHttp.Response secondMobile = post("+1 2065550199", "mobile");
        assertEquals(400, secondMobile.status());
        assertTrue(secondMobile.errorMessage().contains("already has a phone method of type 'mobile'"));

        assertEquals(201, post("+44 7700900123", "alternateMobile").status());
        EmulatorHttp.Response list = http.get(ALEX_PHONES);
        JsonArray value = list.json().getAsJsonArray("value");
        assertEquals(2, value.size());
        assertEquals(ALTERNATE, value.get(1).getAsJsonObject().get("id").getAsString());
        assertEquals("+1 2065550100", user().phone(PhoneType.MOBILE).phoneNumber());
    }

    @Test
    void rejectsBadNumbersAndTypes() throws Exception {
        String[] badNumbers = {"+12065550100", "2065550100", "+1 206-555-0100", "+1 206", "+1 2065550100x"};
        for (String number : badNumbers) {
            EmulatorHttp.Response response = post(number, "mobile");
            assertEquals(400, response.status(), number);
            assertEquals("badRequest", response.errorCode());
            assertTrue(response.errorMessage().contains("Invalid phone number"), response.errorMessage());
        }
        assertEquals(400, post("+1 2065550100", "fax").status());
        assertEquals(201, post("+1 2065550100x1234", "office").status());
        assertEquals(1, user().phones().size());
    }

    @Test
    void patchAndDeleteAnswer204AndChangeTheTenant() throws Exception {
        post("+1 2065550100", "mobile");
        EmulatorHttp.Response patch = http.send("PATCH", ALEX_PHONES + "/" + MOBILE,
                "{\"phoneNumber\":\"+1 2065550101\"}");
        assertEquals(204, patch.status());
        assertEquals("", patch.text());
        EmulatorHttp.Response get = http.get(ALEX_PHONES + "/" + MOBILE);
        assertEquals(200, get.status());
        assertEquals("+1 2065550101", get.json().get("phoneNumber").getAsString());

        EmulatorHttp.Response changeType = http.send("PATCH", ALEX_PHONES + "/" + MOBILE,
                "{\"phoneNumber\":\"+1 2065550101\",\"phoneType\":\"office\"}");
        assertEquals(400, changeType.status());

        assertEquals(204, http.send("DELETE", ALEX_PHONES + "/" + MOBILE, null).status());
        assertTrue(user().phones().isEmpty());
        EmulatorHttp.Response gone = http.send("DELETE", ALEX_PHONES + "/" + MOBILE, null);
        assertEquals(404, gone.status());
    }

    @Test
    void mobileStaysWhileAlternateMobileExistsAndDefaultNumberIsNotDeletable() throws Exception {
        post("+1 2065550100", "mobile");
        post("+1 2065550111", "alternateMobile");
        EmulatorHttp.Response mobileFirst = http.send("DELETE", ALEX_PHONES + "/" + MOBILE, null);
        assertEquals(400, mobileFirst.status());
        assertTrue(mobileFirst.errorMessage().contains("alternateMobile"), mobileFirst.errorMessage());

        EmulatorHttp.Response makeDefault = http.send("PATCH", "/beta/users/" + TestTenants.ALEX_ID
                + "/authentication/signInPreferences", "{\"userPreferredMethodForSecondaryAuthentication\":\"sms\"}");
        assertEquals(204, makeDefault.status());
        assertEquals(204, http.send("DELETE", ALEX_PHONES + "/" + ALTERNATE, null).status());
        EmulatorHttp.Response defaultNumber = http.send("DELETE", ALEX_PHONES + "/" + MOBILE, null);
        assertEquals(400, defaultNumber.status());
        assertTrue(defaultNumber.errorMessage().contains("default"), defaultNumber.errorMessage());
        assertEquals("+1 2065550100", user().phone(PhoneType.MOBILE).phoneNumber());

        String beaOffice = "/v1.0/users/" + TestTenants.BEA + "/authentication/phoneMethods/"
                + PhoneType.OFFICE.methodId();
        assertEquals(400, http.send("DELETE", beaOffice, null).status(), "voiceOffice is Bea's default");
    }

    @Test
    void listsAuthenticatorAndSoftwareOathMethods() throws Exception {
        EmulatorHttp.Response authenticator = http.get("/v1.0/users/" + TestTenants.BEA
                + "/authentication/microsoftAuthenticatorMethods");
        assertEquals(200, authenticator.status());
        JsonObject device = authenticator.json().getAsJsonArray("value").get(0).getAsJsonObject();
        assertEquals("Bea's phone", device.get("displayName").getAsString());
        assertEquals("2024-01-02T03:04:05Z", device.get("createdDateTime").getAsString());
        EmulatorHttp.Response software = http.get("/v1.0/users/" + TestTenants.BEA
                + "/authentication/softwareOathMethods");
        assertEquals(0, software.json().getAsJsonArray("value").size());
        assertEquals(405, http.send("POST", "/v1.0/users/" + TestTenants.BEA
                + "/authentication/softwareOathMethods", "{}").status());
    }

    private EmulatorHttp.Response post(String number, String type) throws Exception {
        return http.send("POST", ALEX_PHONES, "{\"phoneNumber\":\"" + number + "\",\"phoneType\":\"" + type + "\"}");
    }

    private EntraUser user() {
        return emulator.tenant().user(TestTenants.ALEX_ID).orElseThrow();
    }
}
