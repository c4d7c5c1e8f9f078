package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardwareOathTest extends RunningEmulator {

    private static final String DEVICES = "/beta/directory/authenticationMethodDevices/hardwareOathDevices";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path directory;

    @BeforeEach
    void start() throws Exception {
        start(TestTenants.options().build());
    }

    @Test
    void createsWithoutEverReturningOrStoringTheSecret() throws Exception {
        EmulatorHttp.Response created = create("SN-1001", SECRET);
        assertEquals(201, created.status(), created.text());
        assertTrue(created.json().get("secretKey").isJsonNull());
        assertEquals("available", created.json().get("status").getAsString());
        assertEquals("SN-1001", created.json().get("serialNumber").getAsString());
        assertEquals(30, created.json().get("timeIntervalInSeconds").getAsInt());
        assertFalse(created.text().contains(SECRET));
        String id = created.json().get("id").getAsString();
        EmulatorHttp.Response read = http.get(DEVICES + "/" + id);
        assertEquals(200, read.status());
        assertFalse(read.text().contains(SECRET));

        Path state = directory.resolve("tenant.json");
        emulator.tenant().save(state);
        String saved = Files.readString(state);
        assertTrue(saved.contains("SN-1001"));
        assertFalse(saved.contains(SECRET), "the state file must not hold the secret");
        assertTrue(emulator.tenant().hardwareOathSecretMatches("SN-1001", SECRET));
        assertFalse(emulator.tenant().hardwareOathSecretMatches("SN-1001", "AAAAAAAAAAAAAAAA"));
    }

    @Test
    void rejectsDuplicateSerialsAndBadSecrets() throws Exception {
        assertEquals(201, create("SN-2002", SECRET).status());
        EmulatorHttp.Response duplicate = create("SN-2002", SECRET);
        assertEquals(409, duplicate.status());
        assertEquals("conflict", duplicate.errorCode());
        String[] badSecrets = {"JBSWY3DPEHPK3PX", "jbswy3dpehpk3pxp", "JBSWY3DPEHPK3PX1", "JBSWY3DP EHPK3PXP"};
        for (String secret : badSecrets) {
            EmulatorHttp.Response bad = create("SN-3003", secret);
            assertEquals(400, bad.status(), secret);
            assertFalse(bad.text().contains(secret), "error messages do not echo secrets");
        }
        assertEquals(1, emulator.tenant().hardwareOathDevices().size());
    }

    @Test
    void assignsAndUnassignsAToken() throws Exception {
        String deviceId = create("SN-4004", SECRET).json().get("id").getAsString();
        String methods = "/beta/users/" + TestTenants.ALEX_ID + "/authentication/hardwareOathMethods";
        EmulatorHttp.Response assigned = http.send("POST", methods, "{\"device\":{\"id\":\"" + deviceId + "\"}}");
        assertEquals(201, assigned.status(), assigned.text());
        assertEquals("assigned", assigned.json().getAsJsonObject("device").get("status").getAsString());

        EmulatorHttp.Response list = http.get(methods);
        JsonObject device = list.json().getAsJsonArray("value").get(0).getAsJsonObject().getAsJsonObject("device");
        assertEquals(deviceId, device.get("id").getAsString());
        assertEquals("SN-4004", device.get("serialNumber").getAsString());
        assertEquals("Contoso", device.get("manufacturer").getAsString());
        assertEquals("C-6", device.get("model").getAsString());
        HardwareOathToken token = emulator.tenant().user(TestTenants.ALEX_ID).orElseThrow().hardwareOath().get(0);
        assertEquals(HardwareOathStatus.ASSIGNED, token.status());

        EmulatorHttp.Response again = http.send("POST", "/beta/users/" + TestTenants.BEA_ID
                + "/authentication/hardwareOathMethods", "{\"device\":{\"id\":\"" + deviceId + "\"}}");
        assertEquals(409, again.status());

        assertEquals(204, http.send("DELETE", methods + "/" + deviceId, null).status());
        assertTrue(emulator.tenant().user(TestTenants.ALEX_ID).orElseThrow().hardwareOath().isEmpty());
        assertEquals("available", http.get(DEVICES + "/" + deviceId).json().get("status").getAsString());
        assertEquals(400, http.get("/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/hardwareOathMethods")
                .status(), "hardware OATH is beta only");
    }

    private EmulatorHttp.Response create(String serial, String secret) throws Exception {
        return http.send("POST", DEVICES, "{\"serialNumber\":\"" + serial + "\",\"manufacturer\":\"Contoso\","
                + "\"model\":\"C-6\",\"secretKey\":\"" + secret + "\",\"timeIntervalInSeconds\":30,"
                + "\"hashFunction\":\"hmacsha1\"}");
    }
}
