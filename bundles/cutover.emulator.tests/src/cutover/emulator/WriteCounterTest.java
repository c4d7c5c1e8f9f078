package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import cutover.core.tenant.PhoneType;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WriteCounterTest extends RunningEmulator {

    private static final String MOBILE = "/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/phoneMethods/"
            + PhoneType.MOBILE.methodId();

    @BeforeEach
    void start() throws Exception {
        start(TestTenants.options().build());
    }

    @Test
    void countsWritesAndFindsARetriedWrite() throws Exception {
        assertEquals(201, http.send("POST", "/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/phoneMethods",
                "{\"phoneNumber\":\"+1 2065550100\",\"phoneType\":\"mobile\"}").status());
        assertEquals(204, http.send("PATCH", MOBILE, "{\"phoneNumber\":\"+1 2065550101\"}").status());
        assertEquals(204, http.send("PATCH", MOBILE, "{\"phoneNumber\":\"+1 2065550102\"}").status());
        assertEquals(0, emulator.tenant().writes().duplicateWrites(), "different bodies are different writes");

        // the same write again, formatted differently: a retry of an applied write
        assertEquals(204, http.send("PATCH", MOBILE, "{ \"phoneNumber\" : \"+1 2065550102\" }").status());
        assertEquals(400, http.send("PATCH", MOBILE, "{\"phoneNumber\":\"nope\"}").status());
        assertEquals(200, http.get(MOBILE).status(), "reads are not counted");

        WriteStats stats = emulator.stats();
        assertEquals(5, stats.total());
        assertEquals(4, stats.applied());
        assertEquals(1, stats.rejected());
        assertEquals(1, stats.duplicateWrites());
        String key = "PATCH " + MOBILE + " {\"phoneNumber\":\"+1 2065550102\"}";
        assertEquals(2, stats.duplicateKeys().get(key), stats.duplicateKeys().toString());

        EmulatorHttp.Response admin = http.sendRaw(HttpRequest.newBuilder(URI.create(emulator.baseUrl()
                + "/_emulator/stats")).GET().build());
        assertEquals(200, admin.status(), "no token needed");
        JsonObject json = admin.json();
        assertEquals(5, json.get("total").getAsLong());
        assertEquals(1, json.get("duplicateWrites").getAsLong());
        assertEquals(2, json.getAsJsonObject("duplicateKeys").get(key).getAsInt());

        emulator.tenant().writes().reset();
        assertEquals(0, emulator.stats().total());
    }

    @Test
    void aRepeatedPostIsRejectedNotDuplicated() throws Exception {
        String body = "{\"phoneNumber\":\"+1 2065550100\",\"phoneType\":\"mobile\"}";
        String path = "/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/phoneMethods";
        assertEquals(201, http.send("POST", path, body).status());
        assertEquals(400, http.send("POST", path, body).status());
        WriteStats stats = emulator.stats();
        assertEquals(0, stats.duplicateWrites());
        assertTrue(stats.duplicateKeys().isEmpty());
        assertEquals(1, stats.rejected());
    }
}
