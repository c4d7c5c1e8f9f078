package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DomainsTest {

    private static final String FEDERATED = "contoso.com";
    private static final String MFA_BEHAVIOR = "federatedIdpMfaBehavior";

    private GraphEmulator emulator;
    private EmulatorHttp http;

    @BeforeEach
    void start() throws Exception {
        emulator = GraphEmulator.start(TestTenants.options().seed(5).users(200).build());
        http = new EmulatorHttp(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void listsTheUsersFederatedDomainADefaultAndTheInitialDomain() throws Exception {
        EmulatorHttp.Response response = http.get("/v1.0/domains");
        assertEquals(200, response.status(), response.text());
        Map<String, JsonObject> domains = new HashMap<>();
        for (JsonElement domain : response.json().getAsJsonArray("value")) {
            domains.put(domain.getAsJsonObject().get("id").getAsString(), domain.getAsJsonObject());
        }
        assertEquals(3, domains.size(), domains.keySet().toString());
        assertEquals("Federated", domains.get(FEDERATED).get("authenticationType").getAsString());
        assertTrue(domains.get(FEDERATED).get("isVerified").getAsBoolean());
        JsonObject fabrikam = domains.get("fabrikam.com");
        assertEquals("Managed", fabrikam.get("authenticationType").getAsString());
        assertTrue(fabrikam.get("isDefault").getAsBoolean());
        JsonObject initial = domains.get("contoso.onmicrosoft.com");
        assertEquals("Managed", initial.get("authenticationType").getAsString());
        assertTrue(initial.get("isInitial").getAsBoolean());
        assertTrue(emulator.tenant().snapshot().users().stream()
                .allMatch(u -> u.userPrincipalName().toLowerCase(Locale.ROOT).endsWith("@" + FEDERATED)),
                "every synthetic user signs in through the federated domain");
        assertEquals(200, http.get("/v1.0/domains/CONTOSO.COM").status(), "domain names ignore case");
    }

    @Test
    void readsTheAdfsFederationWithTheMfaBehaviourUnset() throws Exception {
        JsonObject federation = federation();
        assertEquals("#microsoft.graph.internalDomainFederation", federation.get("@odata.type").getAsString());
        assertEquals("wsFed", federation.get("preferredAuthenticationProtocol").getAsString());
        assertTrue(federation.get(MFA_BEHAVIOR).isJsonNull(), "legacy SupportsMfa still decides");
        assertTrue(federation.get("issuerUri").getAsString().startsWith("http://sts.contoso.com/adfs"));
        for (String uri : new String[] {"metadataExchangeUri", "passiveSignInUri", "activeSignInUri", "signOutUri"}) {
            assertTrue(federation.get(uri).getAsString().startsWith("https://sts.contoso.com/adfs/"), uri);
        }
        assertEquals("nativeSupport", federation.get("promptLoginBehavior").getAsString());
        assertEquals(false, federation.get("isSignedAuthenticationRequestRequired").getAsBoolean());
        byte[] certificate = Base64.getDecoder().decode(federation.get("signingCertificate").getAsString());
        assertEquals(0x30, certificate[0], "a DER sequence, like a certificate");

        String id = federation.get("id").getAsString();
        EmulatorHttp.Response one = http.get("/v1.0/domains/" + FEDERATED + "/federationConfiguration/" + id);
        assertEquals(200, one.status());
        assertEquals(id, one.json().get("id").getAsString());
        assertNull(emulator.tenant().federatedIdpMfaBehavior(FEDERATED));

        EmulatorHttp.Response managed = http.get("/v1.0/domains/fabrikam.com/federationConfiguration");
        assertEquals(200, managed.status());
        assertEquals(0, managed.json().getAsJsonArray("value").size());
        EmulatorHttp.Response unknownDomain = http.get("/v1.0/domains/example.org/federationConfiguration");
        assertEquals(404, unknownDomain.status());
        assertEquals("Request_ResourceNotFound", unknownDomain.errorCode());
        assertEquals(404, http.get("/v1.0/domains/example.org").status());
        assertEquals(404, http.get("/v1.0/domains/" + FEDERATED + "/federationConfiguration/"
                + "00000000-0000-4000-8000-000000000000").status());
    }

    @Test
    void patchSetsTheMfaBehaviourWhichCannotGoBackToNull() throws Exception {
        EmulatorHttp.Response unsetToNull = patch("{\"federatedIdpMfaBehavior\":null}");
        assertEquals(200, unsetToNull.status(), "null while unset changes nothing: " + unsetToNull.text());

        EmulatorHttp.Response enforce = patch("{\"federatedIdpMfaBehavior\":\"enforceMfaByFederatedIdp\"}");
        assertEquals(200, enforce.status(), enforce.text());
        assertEquals("enforceMfaByFederatedIdp", enforce.json().get(MFA_BEHAVIOR).getAsString());
        assertEquals("enforceMfaByFederatedIdp", emulator.tenant().federatedIdpMfaBehavior(FEDERATED));

        EmulatorHttp.Response backToNull = patch("{\"federatedIdpMfaBehavior\":null}");
        assertEquals(400, backToNull.status());
        assertEquals("Request_BadRequest", backToNull.errorCode());
        assertTrue(backToNull.errorMessage().contains("cannot be set back to null"), backToNull.errorMessage());
        assertEquals("enforceMfaByFederatedIdp", federation().get(MFA_BEHAVIOR).getAsString());

        assertEquals(200, patch("{\"federatedIdpMfaBehavior\":\"rejectMfaByFederatedIdp\","
                + "\"promptLoginBehavior\":\"disabled\"}").status());
        JsonObject after = federation();
        assertEquals("rejectMfaByFederatedIdp", after.get(MFA_BEHAVIOR).getAsString());
        assertEquals("disabled", after.get("promptLoginBehavior").getAsString());
        WriteStats stats = emulator.stats();
        assertEquals(3, stats.applied());
        assertEquals(1, stats.rejected());
    }

    @Test
    void rejectsUnknownEnumMembersPropertiesAndTypes() throws Exception {
        String[] bodies = {
            "{\"federatedIdpMfaBehavior\":\"sometimes\"}",
            "{\"federatedIdpMfaBehavior\":\"unknownFutureValue\"}",
            "{\"federatedIdpMfaBehavior\":\"EnforceMfaByFederatedIdp \"}",
            "{\"promptLoginBehavior\":\"always\"}",
            "{\"preferredAuthenticationProtocol\":\"kerberos\"}",
            "{\"isSignedAuthenticationRequestRequired\":\"yes\"}",
            "{\"issuerUri\":42}",
            "{\"supportsMfa\":true}"};
        for (String body : bodies) {
            EmulatorHttp.Response response = patch(body);
            assertEquals(400, response.status(), body);
            assertEquals("Request_BadRequest", response.errorCode(), body);
        }
        assertTrue(federation().get(MFA_BEHAVIOR).isJsonNull());
    }

    @Test
    void federationPatchIsAudited() throws Exception {
        patch("{\"federatedIdpMfaBehavior\":\"acceptIfMfaDoneByFederatedIdp\"}");
        EmulatorHttp.Response audits = http.get("/v1.0/auditLogs/directoryAudits?$filter=" + EmulatorHttp.encode(
                "activityDisplayName eq 'Set federation settings on domain'"));
        assertEquals(200, audits.status(), audits.text());
        JsonArray value = audits.json().getAsJsonArray("value");
        assertEquals(1, value.size());
        JsonObject target = value.get(0).getAsJsonObject().getAsJsonArray("targetResources").get(0)
                .getAsJsonObject();
        assertEquals(FEDERATED, target.get("id").getAsString());
        JsonObject change = target.getAsJsonArray("modifiedProperties").get(0).getAsJsonObject();
        assertEquals(MFA_BEHAVIOR, change.get("displayName").getAsString());
        assertEquals("[]", change.get("oldValue").getAsString());
        assertEquals("[\"acceptIfMfaDoneByFederatedIdp\"]", change.get("newValue").getAsString());
    }

    private JsonObject federation() throws Exception {
        EmulatorHttp.Response response = http.get("/v1.0/domains/" + FEDERATED + "/federationConfiguration");
        assertEquals(200, response.status(), response.text());
        JsonArray value = response.json().getAsJsonArray("value");
        assertEquals(1, value.size());
        return value.get(0).getAsJsonObject();
    }

    private EmulatorHttp.Response patch(String body) throws Exception {
        String id = federation().get("id").getAsString();
        return http.send("PATCH", "/v1.0/domains/" + FEDERATED + "/federationConfiguration/" + id, body);
    }
}
