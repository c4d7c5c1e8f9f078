package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeatureRolloutTest {

    private static final String POLICIES = "/v1.0/policies/featureRolloutPolicies";
    private static final String PILOT = "d0000000-0000-4000-8000-000000000004";
    private static final String[] PREFER = {"Prefer", "include-unknown-enum-members"};
    private static final String MFA_POLICY = "{\"displayName\":\"MFA cutover\",\"description\":\"Cloud MFA for the "
            + "pilot\",\"feature\":\"multiFactorAuthentication\",\"isEnabled\":true,\"isAppliedToOrganization\":false}";

    private GraphEmulator emulator;
    private EmulatorHttp http;
    private final List<String> waveIds = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        LocalTenant tenant = TestTenants.small();
        for (int i = 1; i <= 11; i++) {
            String id = String.format("e0000000-0000-4000-8000-%012d", i);
            tenant.addGroup(id, "Wave " + i, List.of(TestTenants.BEA_ID), List.of());
            waveIds.add(id);
        }
        emulator = GraphEmulator.start(tenant, TestTenants.options().reportsCapacity(0).build());
        http = new EmulatorHttp(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void multiFactorAuthenticationNeedsThePreferHeaderToBeWrittenOrShown() throws Exception {
        EmulatorHttp.Response withoutHeader = http.send("POST", POLICIES, MFA_POLICY);
        assertEquals(400, withoutHeader.status());
        assertTrue(withoutHeader.errorMessage().contains("include-unknown-enum-members"),
                withoutHeader.errorMessage());

        EmulatorHttp.Response created = http.send("POST", POLICIES, MFA_POLICY, PREFER);
        assertEquals(201, created.status(), created.text());
        String id = created.json().get("id").getAsString();
        assertEquals("multiFactorAuthentication", created.json().get("feature").getAsString());
        assertTrue(created.json().get("isEnabled").getAsBoolean());
        assertTrue(created.header("Location").endsWith("/featureRolloutPolicies/" + id));

        assertEquals("unknownFutureValue", http.get(POLICIES + "/" + id).json().get("feature").getAsString());
        JsonObject shown = http.get(POLICIES + "/" + id, PREFER).json();
        assertEquals("multiFactorAuthentication", shown.get("feature").getAsString());
        assertFalse(shown.has("appliesTo"), "appliesTo only with $expand");
        JsonArray listed = http.get(POLICIES).json().getAsJsonArray("value");
        assertEquals("unknownFutureValue", listed.get(0).getAsJsonObject().get("feature").getAsString());

        String mfaFilter = "?$filter=" + EmulatorHttp.encode("feature eq 'multiFactorAuthentication'");
        assertEquals(400, http.get(POLICIES + mfaFilter).status());
        assertEquals(1, http.get(POLICIES + mfaFilter, PREFER).json().getAsJsonArray("value").size());
        assertEquals(0, http.get(POLICIES + "?$filter=" + EmulatorHttp.encode("feature eq 'passwordHashSync'"))
                .json().getAsJsonArray("value").size());
    }

    @Test
    void oneFeatureOnePolicyAndOnlyKnownFeatures() throws Exception {
        assertEquals(201, http.send("POST", POLICIES, MFA_POLICY, PREFER).status());
        EmulatorHttp.Response second = http.send("POST", POLICIES, MFA_POLICY, PREFER);
        assertEquals(400, second.status());
        assertEquals("Request_BadRequest", second.errorCode());
        assertTrue(second.errorMessage().contains("one policy per feature"), second.errorMessage());
        assertEquals(201, http.send("POST", POLICIES, "{\"displayName\":\"PHS\",\"feature\":\"passwordHashSync\","
                + "\"isEnabled\":false}").status(), "features before unknownFutureValue need no header");
        for (String feature : new String[] {"unknownFutureValue", "fax", "MultiFactorAuthentication"}) {
            assertEquals(400, http.send("POST", POLICIES, "{\"displayName\":\"x\",\"feature\":\"" + feature + "\"}",
                    PREFER).status(), feature);
        }
        assertEquals(400, http.send("POST", POLICIES, "{\"feature\":\"seamlessSso\"}").status(), "no displayName");
        assertEquals(2, http.get(POLICIES).json().getAsJsonArray("value").size());
    }

    @Test
    void addsListsAndRemovesGroups() throws Exception {
        String id = createMfaPolicy();
        assertEquals(204, addGroup(id, PILOT).status());
        EmulatorHttp.Response expanded = http.get(POLICIES + "/" + id + "?$expand=appliesTo", PREFER);
        JsonArray appliesTo = expanded.json().getAsJsonArray("appliesTo");
        assertEquals(1, appliesTo.size());
        assertEquals(PILOT, appliesTo.get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("#microsoft.graph.group", appliesTo.get(0).getAsJsonObject().get("@odata.type").getAsString());
        assertEquals(1, http.get(POLICIES + "/" + id + "/appliesTo").json().getAsJsonArray("value").size());
        assertEquals(1, http.get(POLICIES + "?$expand=appliesTo").json().getAsJsonArray("value").get(0)
                .getAsJsonObject().getAsJsonArray("appliesTo").size());
        assertEquals(List.of(PILOT), emulator.tenant().featureRolloutGroupIds("multiFactorAuthentication"));

        EmulatorHttp.Response duplicate = addGroup(id, PILOT);
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.errorMessage().contains("already exist"), duplicate.errorMessage());
        EmulatorHttp.Response unknown = addGroup(id, "f0000000-0000-4000-8000-00000000dead");
        assertEquals(404, unknown.status());
        assertEquals("Request_ResourceNotFound", unknown.errorCode());
        assertEquals(400, addGroup(id, TestTenants.ALEX_ID).status(), "users cannot be added");
        assertEquals(400, http.send("POST", POLICIES + "/" + id + "/appliesTo/$ref", "{\"id\":\"" + PILOT + "\"}")
                .status(), "the group goes in @odata.id");
        assertEquals(404, addGroup("f0000000-0000-4000-8000-00000000beef", PILOT).status(), "unknown policy");

        assertEquals(204, http.send("DELETE", POLICIES + "/" + id + "/appliesTo/" + PILOT + "/$ref", null).status());
        assertEquals(404, http.send("DELETE", POLICIES + "/" + id + "/appliesTo/" + PILOT + "/$ref", null).status());
        assertTrue(emulator.tenant().featureRolloutGroupIds("multiFactorAuthentication").isEmpty());
    }

    @Test
    void aPolicyAppliesToAtMostTenGroups() throws Exception {
        String id = createMfaPolicy();
        for (int i = 0; i < 10; i++) {
            assertEquals(204, addGroup(id, waveIds.get(i)).status(), "group " + (i + 1));
        }
        EmulatorHttp.Response eleventh = addGroup(id, waveIds.get(10));
        assertEquals(400, eleventh.status());
        assertTrue(eleventh.errorMessage().contains("at most 10 groups"), eleventh.errorMessage());
        assertEquals(10, emulator.tenant().featureRolloutGroupIds("multiFactorAuthentication").size());
    }

    @Test
    void updatesDeletesAndAuditsPolicies() throws Exception {
        String id = createMfaPolicy();
        addGroup(id, PILOT);
        assertEquals(204, http.send("PATCH", POLICIES + "/" + id, "{\"isEnabled\":false}").status());
        assertFalse(http.get(POLICIES + "/" + id).json().get("isEnabled").getAsBoolean());
        assertEquals(400, http.send("PATCH", POLICIES + "/" + id, "{\"feature\":\"seamlessSso\"}").status());
        assertEquals(400, http.send("PATCH", POLICIES + "/" + id, "{\"isEnabled\":\"no\"}").status());
        assertEquals(400, http.send("PATCH", POLICIES + "/" + id, "{\"appliesTo\":[]}").status());

        EmulatorHttp.Response audits = http.get("/v1.0/auditLogs/directoryAudits?$orderby=activityDateTime%20asc");
        List<String> activities = new ArrayList<>();
        audits.json().getAsJsonArray("value").forEach(e -> activities.add(e.getAsJsonObject()
                .get("activityDisplayName").getAsString()));
        assertEquals(List.of("Create feature rollout policy", "Add member to feature rollout policy",
                "Update feature rollout policy"), activities);
        JsonObject update = audits.json().getAsJsonArray("value").get(2).getAsJsonObject();
        JsonObject change = update.getAsJsonArray("targetResources").get(0).getAsJsonObject()
                .getAsJsonArray("modifiedProperties").get(0).getAsJsonObject();
        assertEquals("isEnabled", change.get("displayName").getAsString());
        assertEquals("[true]", change.get("oldValue").getAsString());
        assertEquals("[false]", change.get("newValue").getAsString());

        assertEquals(204, http.send("DELETE", POLICIES + "/" + id, null).status());
        assertEquals(404, http.get(POLICIES + "/" + id).status());
        WriteStats stats = emulator.stats();
        assertEquals(4, stats.applied(), "create, add group, update, delete");
        assertEquals(3, stats.rejected(), "the three bad updates");
    }

    private String createMfaPolicy() throws Exception {
        EmulatorHttp.Response created = http.send("POST", POLICIES, MFA_POLICY, PREFER);
        assertEquals(201, created.status(), created.text());
        return created.json().get("id").getAsString();
    }

    private EmulatorHttp.Response addGroup(String policyId, String groupId) throws Exception {
        return http.send("POST", POLICIES + "/" + policyId + "/appliesTo/$ref",
                "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/" + groupId + "\"}");
    }
}
