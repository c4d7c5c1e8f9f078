package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cutover.core.tenant.EntraUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirectoryEndpointsTest {

    private static final int USERS = 2_500;
    private static GraphEmulator emulator;
    private static EmulatorHttp http;

    @BeforeAll
    static void start() throws Exception {
        emulator = GraphEmulator.start(TestTenants.options().seed(7).users(USERS).build());
        http = new EmulatorHttp(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void pagesTransitiveUsersOfTheMigrationGroupEachUserOnce() throws Exception {
        String groupId = groupId("Cutover Migration");
        String next = "/v1.0/groups/" + groupId + "/transitiveMembers/microsoft.graph.user?$top=999&$count=true"
                + "&$select=id,userPrincipalName";
        List<String> ids = new ArrayList<>();
        int pages = 0;
        while (next != null) {
            EmulatorHttp.Response page = http.get(next, "ConsistencyLevel", "eventual");
            assertEquals(200, page.status(), page.text());
            assertEquals("4", page.header("x-ms-resource-unit"), "transitiveMembers cost 5, $select saves 1");
            for (JsonElement user : page.json().getAsJsonArray("value")) {
                JsonObject json = user.getAsJsonObject();
                assertEquals("#microsoft.graph.user", json.get("@odata.type").getAsString());
                assertTrue(json.has("userPrincipalName"));
                assertFalse(json.has("mail"), "$select leaves other properties out");
                ids.add(json.get("id").getAsString());
            }
            assertEquals(emulator.tenant().userCount(), page.json().get("@odata.count").getAsInt());
            next = page.json().has("@odata.nextLink") ? page.json().get("@odata.nextLink").getAsString() : null;
            if (next != null) {
                assertTrue(next.startsWith(emulator.baseUrl() + "/v1.0/groups/"), next);
            }
            pages++;
        }
        assertEquals(3, pages);
        Set<String> expected = emulator.tenant().snapshot().users().stream().map(EntraUser::objectId)
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 2_400, "the synthetic tenant misses only a few users");
        assertEquals(expected.size(), ids.size(), "no user twice");
        assertEquals(expected, new HashSet<>(ids));
    }

    @Test
    void transitiveMembersWithoutCastListNestedGroupsAndUsers() throws Exception {
        String next = "/v1.0/groups/" + groupId("Cutover Migration") + "/transitiveMembers?$top=999";
        Set<String> groups = new HashSet<>();
        int users = 0;
        while (next != null) {
            EmulatorHttp.Response page = http.get(next);
            assertEquals(200, page.status(), page.text());
            for (JsonElement member : page.json().getAsJsonArray("value")) {
                JsonObject json = member.getAsJsonObject();
                if (json.get("@odata.type").getAsString().equals("#microsoft.graph.group")) {
                    assertTrue(groups.add(json.get("displayName").getAsString()));
                } else {
                    users++;
                }
            }
            next = page.json().has("@odata.nextLink") ? page.json().get("@odata.nextLink").getAsString() : null;
        }
        // seed 7: 3 + 7 % 3 = 4 waves; waves 1 and 3 have a site group, wave 1's site a contractors group
        assertEquals(Set.of("Cutover Wave 1", "Cutover Wave 2", "Cutover Wave 3", "Cutover Wave 4",
                "Cutover Wave 1 - Site A", "Cutover Wave 3 - Site A", "Cutover Wave 1 - Site A - Contractors"),
                groups);
        assertEquals(emulator.tenant().userCount(), users);
    }

    @Test
    void castCountAndFilterNeedConsistencyLevel() throws Exception {
        String members = "/v1.0/groups/" + groupId("Cutover Migration") + "/transitiveMembers";
        for (String path : List.of(members + "/microsoft.graph.user", members + "?$count=true",
                members + "?$filter=" + EmulatorHttp.encode("userPrincipalName eq 'x@y.com'"))) {
            EmulatorHttp.Response response = http.get(path);
            assertEquals(400, response.status(), path);
            assertEquals("Request_UnsupportedQuery", response.errorCode());
            JsonObject inner = response.json().getAsJsonObject("error").getAsJsonObject("innerError");
            assertEquals(response.header("request-id"), inner.get("request-id").getAsString());
            assertNotNull(inner.get("date").getAsString());
        }
    }

    @Test
    void groupsByDisplayNameCanBeAmbiguousAndUnknownIdsAre404() throws Exception {
        EmulatorHttp.Response sales = http.get("/v1.0/groups?$filter=" + EmulatorHttp.encode("displayName eq 'sales'"));
        assertEquals(200, sales.status());
        assertEquals(2, sales.json().getAsJsonArray("value").size());
        EmulatorHttp.Response pilot = http.get("/v1.0/groups?$filter="
                + EmulatorHttp.encode("displayName eq 'Staged Rollout Pilot'"));
        assertEquals(1, pilot.json().getAsJsonArray("value").size());
        String pilotId = pilot.json().getAsJsonArray("value").get(0).getAsJsonObject().get("id").getAsString();
        EmulatorHttp.Response group = http.get("/v1.0/groups/" + pilotId);
        assertEquals("Staged Rollout Pilot", group.json().get("displayName").getAsString());
        EmulatorHttp.Response missing = http.get("/v1.0/groups/00000000-0000-4000-8000-00000000abcd");
        assertEquals(404, missing.status());
        assertEquals("Request_ResourceNotFound", missing.errorCode());
    }

    @Test
    void topAbove999IsRejected() throws Exception {
        EmulatorHttp.Response response = http.get("/v1.0/users?$top=1000");
        assertEquals(400, response.status());
        assertEquals("Request_BadRequest", response.errorCode());
        EmulatorHttp.Response defaultPage = http.get("/v1.0/users");
        assertEquals(100, defaultPage.json().getAsJsonArray("value").size());
    }

    @Test
    void findsUsersByIdUpnAndFilters() throws Exception {
        EntraUser user = emulator.tenant().snapshot().users().get(42);
        EmulatorHttp.Response byUpn = http.get("/v1.0/users/" + user.userPrincipalName().toUpperCase());
        assertEquals(200, byUpn.status());
        assertEquals(user.objectId(), byUpn.json().get("id").getAsString());
        assertEquals(user.onPremisesSecurityIdentifier(),
                byUpn.json().get("onPremisesSecurityIdentifier").getAsString());

        EmulatorHttp.Response bySid = http.get("/v1.0/users?$filter="
                + EmulatorHttp.encode("onPremisesSecurityIdentifier eq '" + user.onPremisesSecurityIdentifier() + "'"));
        assertEquals(1, bySid.json().getAsJsonArray("value").size());
        assertEquals(user.userPrincipalName(),
                bySid.json().getAsJsonArray("value").get(0).getAsJsonObject().get("userPrincipalName").getAsString());

        String bySam = "/v1.0/users?$filter="
                + EmulatorHttp.encode("onPremisesSamAccountName eq '" + user.onPremisesSamAccountName() + "'");
        EmulatorHttp.Response plain = http.get(bySam);
        assertEquals(400, plain.status());
        assertEquals("Request_UnsupportedQuery", plain.errorCode());
        EmulatorHttp.Response headerOnly = http.get(bySam, "ConsistencyLevel", "eventual");
        assertEquals(400, headerOnly.status(), "needs $count=true too");
        EmulatorHttp.Response advanced = http.get(bySam + "&$count=true", "ConsistencyLevel", "eventual");
        assertEquals(200, advanced.status());
        assertEquals(1, advanced.json().get("@odata.count").getAsInt());

        EmulatorHttp.Response nobody = http.get("/v1.0/users/nobody@contoso.com");
        assertEquals(404, nobody.status());
        assertEquals("Request_ResourceNotFound", nobody.errorCode());
        assertNull(nobody.header("x-ms-resource-unit"));
    }

    private static String groupId(String displayName) throws Exception {
        EmulatorHttp.Response response = http.get("/v1.0/groups?$filter="
                + EmulatorHttp.encode("displayName eq '" + displayName + "'"));
        assertEquals(200, response.status(), response.text());
        return response.json().getAsJsonArray("value").get(0).getAsJsonObject().get("id").getAsString();
    }
}
