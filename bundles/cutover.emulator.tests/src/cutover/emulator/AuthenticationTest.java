package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

    private static GraphEmulator emulator;
    private static EmulatorHttp http;

    @BeforeAll
    static void start() throws Exception {
        emulator = GraphEmulator.start(TestTenants.small(), TestTenants.options().build());
        http = new EmulatorHttp(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void callsWithoutBearerTokenGet401WithGraphsErrorBody() throws Exception {
        for (HttpRequest.Builder request : new HttpRequest.Builder[] {
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/users/" + TestTenants.ALEX_ID)),
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v1.0/users/" + TestTenants.ALEX_ID))
                    .header("Authorization", "Basic dXNlcjpwYXNz")}) {
            EmulatorHttp.Response response = http.sendRaw(request.build());
            assertEquals(401, response.status());
            assertEquals("InvalidAuthenticationToken", response.errorCode());
            assertTrue(response.header("Content-Type").startsWith("application/json"));
            JsonObject inner = response.json().getAsJsonObject("error").getAsJsonObject("innerError");
            assertEquals(response.header("request-id"), inner.get("request-id").getAsString());
            assertNotNull(UUID.fromString(inner.get("client-request-id").getAsString()));
        }
    }

    @Test
    void echoesTheClientRequestId() throws Exception {
        String clientRequestId = UUID.randomUUID().toString();
        EmulatorHttp.Response response = http.get("/v1.0/users/" + TestTenants.ALEX, "client-request-id",
                clientRequestId);
        assertEquals(200, response.status());
        assertEquals(clientRequestId, response.header("client-request-id"));
        assertNotNull(UUID.fromString(response.header("request-id")));
        assertEquals("2", response.header("x-ms-resource-unit"));
        assertEquals(TestTenants.ALEX_ID, response.json().get("id").getAsString());
        assertEquals("alexw", response.json().get("onPremisesSamAccountName").getAsString());

        EmulatorHttp.Response missing = http.get("/v1.0/users/nobody@contoso.com", "client-request-id",
                clientRequestId);
        assertEquals(clientRequestId, missing.json().getAsJsonObject("error").getAsJsonObject("innerError")
                .get("client-request-id").getAsString());
    }

    @Test
    void unknownPathsVersionsAndMethodsAreRejectedLikeGraph() throws Exception {
        assertEquals(400, http.get("/v1.0/printers").status());
        assertEquals(400, http.get("/v2.0/users").status());
        EmulatorHttp.Response wrongMethod = http.send("DELETE", "/v1.0/users/" + TestTenants.ALEX_ID, null);
        assertEquals(405, wrongMethod.status());
        EmulatorHttp.Response badJson = http.send("POST", "/v1.0/users/" + TestTenants.ALEX_ID
                + "/authentication/phoneMethods", "{not json");
        assertEquals(400, badJson.status());
        assertEquals("badRequest", badJson.errorCode());
    }
}
