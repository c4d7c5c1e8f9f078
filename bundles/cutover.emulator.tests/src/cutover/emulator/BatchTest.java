package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchTest extends RunningEmulator {

    private static final String ALEX = "/users/" + TestTenants.ALEX_ID + "/authentication/";

    @Test
    void runsDependentPartsAndAnswers424WhenADependencyFailed() throws Exception {
        start(TestTenants.options().build());
        JsonArray requests = new JsonArray();
        requests.add(part("1", "POST", ALEX + "phoneMethods", "{\"phoneNumber\":\"+1 2065550100\","
                + "\"phoneType\":\"mobile\"}"));
        requests.add(dependsOn(part("2", "PATCH", ALEX + "signInPreferences",
                "{\"userPreferredMethodForSecondaryAuthentication\":\"sms\"}"), "1"));
        requests.add(part("3", "POST", ALEX + "phoneMethods", "{\"phoneNumber\":\"bad\",\"phoneType\":\"office\"}"));
        requests.add(dependsOn(part("4", "PATCH", ALEX + "phoneMethods/" + PhoneType.MOBILE.methodId(),
                "{\"phoneNumber\":\"+1 2065550199\"}"), "3"));
        requests.add(part("5", "GET", "/users/" + TestTenants.BEA + "?$select=mail", null));

        EmulatorHttp.Response batch = batch("/beta/$batch", requests);
        assertEquals(200, batch.status(), batch.text());
        Map<String, JsonObject> parts = byId(batch.json().getAsJsonArray("responses"));
        assertEquals(201, parts.get("1").get("status").getAsInt());
        assertEquals("+1 2065550100", parts.get("1").getAsJsonObject("body").get("phoneNumber").getAsString());
        assertEquals(204, parts.get("2").get("status").getAsInt());
        assertFalse(parts.get("2").has("body"));
        assertEquals(400, parts.get("3").get("status").getAsInt());
        assertEquals(424, parts.get("4").get("status").getAsInt());
        assertEquals("failedDependency",
                parts.get("4").getAsJsonObject("body").getAsJsonObject("error").get("code").getAsString());
        assertEquals(200, parts.get("5").get("status").getAsInt());
        assertEquals("1", parts.get("5").getAsJsonObject("headers").get("x-ms-resource-unit").getAsString());

        EntraUser alex = emulator.tenant().user(TestTenants.ALEX_ID).orElseThrow();
        assertEquals("+1 2065550100", alex.phone(PhoneType.MOBILE).phoneNumber(), "part 4 never ran");
        assertEquals(EntraMethod.SMS, alex.defaultMethod());
        WriteStats stats = emulator.stats();
        assertEquals(3, stats.total(), "parts 1 to 3; the 424 part was not executed");
        assertEquals(2, stats.applied());
        assertEquals(1, stats.rejected());
    }

    @Test
    void rejectsMoreThanTwentyPartsAndDuplicateIds() throws Exception {
        start(TestTenants.options().build());
        JsonArray tooMany = new JsonArray();
        for (int i = 1; i <= 21; i++) {
            tooMany.add(part(Integer.toString(i), "GET", "/users/" + TestTenants.ALEX_ID, null));
        }
        EmulatorHttp.Response rejected = batch("/v1.0/$batch", tooMany);
        assertEquals(400, rejected.status());
        assertTrue(rejected.errorMessage().contains("between 1 and 20"), rejected.errorMessage());

        tooMany.remove(20);
        assertEquals(200, batch("/v1.0/$batch", tooMany).status(), "20 parts are fine");

        JsonArray duplicate = new JsonArray();
        duplicate.add(part("1", "GET", "/users/" + TestTenants.ALEX_ID, null));
        duplicate.add(part("1", "GET", "/users/" + TestTenants.BEA_ID, null));
        assertEquals(400, batch("/v1.0/$batch", duplicate).status());
    }

    @Test
    void throttlesPartsOneByOne() throws Exception {
        start(TestTenants.options().writeCapacity(2).build());
        JsonArray requests = new JsonArray();
        requests.add(part("a", "POST", ALEX + "phoneMethods", "{\"phoneNumber\":\"+1 2065550100\","
                + "\"phoneType\":\"mobile\"}"));
        requests.add(part("b", "POST", ALEX + "phoneMethods", "{\"phoneNumber\":\"+1 2065550101\","
                + "\"phoneType\":\"office\"}"));
        requests.add(part("c", "POST", ALEX + "phoneMethods", "{\"phoneNumber\":\"+1 2065550102\","
                + "\"phoneType\":\"alternateMobile\"}"));
        requests.add(part("d", "GET", ALEX + "phoneMethods", null));
        EmulatorHttp.Response batch = batch("/v1.0/$batch", requests);
        assertEquals(200, batch.status());
        Map<String, JsonObject> parts = byId(batch.json().getAsJsonArray("responses"));
        assertEquals(201, parts.get("a").get("status").getAsInt());
        assertEquals(201, parts.get("b").get("status").getAsInt());
        JsonObject throttled = parts.get("c");
        assertEquals(429, throttled.get("status").getAsInt());
        assertTrue(Long.parseLong(throttled.getAsJsonObject("headers").get("Retry-After").getAsString()) >= 1);
        assertEquals("TooManyRequests",
                throttled.getAsJsonObject("body").getAsJsonObject("error").get("code").getAsString());
        assertEquals(200, parts.get("d").get("status").getAsInt(), "reads are not limited");
        assertEquals(2, parts.get("d").getAsJsonObject("body").getAsJsonArray("value").size());
        assertNull(emulator.tenant().user(TestTenants.ALEX_ID).orElseThrow().phone(PhoneType.ALTERNATE_MOBILE));
        assertEquals(1, emulator.stats().throttled());
    }

    private EmulatorHttp.Response batch(String path, JsonArray requests) throws Exception {
        JsonObject body = new JsonObject();
        body.add("requests", requests);
        return http.send("POST", path, body.toString());
    }

    private static JsonObject part(String id, String method, String url, String body) {
        JsonObject part = new JsonObject();
        part.addProperty("id", id);
        part.addProperty("method", method);
        part.addProperty("url", url);
        if (body != null) {
            JsonObject headers = new JsonObject();
            headers.addProperty("Content-Type", "application/json");
            part.add("headers", headers);
            part.add("body", com.google.gson.JsonParser.parseString(body));
        }
        return part;
    }

    private static JsonObject dependsOn(JsonObject part, String id) {
        JsonArray ids = new JsonArray();
        ids.add(id);
        part.add("dependsOn", ids);
        return part;
    }

    private static Map<String, JsonObject> byId(JsonArray responses) {
        Map<String, JsonObject> parts = new HashMap<>();
        responses.forEach(r -> parts.put(r.getAsJsonObject().get("id").getAsString(), r.getAsJsonObject()));
        return parts;
    }
}
