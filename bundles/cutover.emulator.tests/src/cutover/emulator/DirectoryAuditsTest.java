package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryAuditsTest extends RunningEmulator {

    private static final String AUDITS = "/v1.0/auditLogs/directoryAudits";
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final Set<Integer> METHOD_CODES = Set.of(0, 2, 3, 5, 6, 7);

    @Test
    void syntheticTenantsHaveAReproducibleMfaManagementHistory() throws Exception {
        start(LocalTenant.synthetic(7, 2_000, NOW), TestTenants.options().reportsCapacity(0).build());
        List<JsonObject> old = all(AUDITS + "?$top=999&$filter=" + EmulatorHttp.encode(
                "initiatedBy/app/displayName eq 'Azure MFA Management'"));
        List<JsonObject> renamed = all(AUDITS + "?$top=999&$filter=" + EmulatorHttp.encode(
                "initiatedBy/app/displayName eq 'Microsoft Entra multifactor authentication Management'"));
        assertTrue(old.size() > renamed.size() && !renamed.isEmpty(), old.size() + " / " + renamed.size());
        Set<String> users = new HashSet<>();
        for (JsonObject entry : concat(old, renamed)) {
            assertEquals("981f26a1-7f43-403b-a875-f8b09b8cd720", entry.getAsJsonObject("initiatedBy")
                    .getAsJsonObject("app").get("appId").getAsString());
            assertEquals("Update user", entry.get("activityDisplayName").getAsString());
            assertEquals("Core Directory", entry.get("loggedByService").getAsString());
            assertEquals("UserManagement", entry.get("category").getAsString());
            assertEquals("success", entry.get("result").getAsString());
            Instant at = Instant.parse(entry.get("activityDateTime").getAsString());
            assertFalse(at.isAfter(NOW) || at.isBefore(NOW.minus(Duration.ofDays(60))), at.toString());
            JsonObject target = entry.getAsJsonArray("targetResources").get(0).getAsJsonObject();
            assertEquals("User", target.get("type").getAsString());
            users.add(target.get("userPrincipalName").getAsString());
            JsonArray methods = newValue(target, "StrongAuthenticationMethod");
            assertFalse(methods.isEmpty());
            for (JsonElement method : methods) {
                assertTrue(METHOD_CODES.contains(method.getAsJsonObject().get("MethodType").getAsInt()));
            }
        }
        assertTrue(users.size() >= 20 && users.size() <= 100, "a few percent of 2,000 users: " + users.size());

        List<JsonObject> byAdmin = all(AUDITS + "?$top=999&$filter=" + EmulatorHttp.encode(
                "initiatedBy/user/userPrincipalName eq 'admin@contoso.onmicrosoft.com'"));
        assertFalse(byAdmin.isEmpty(), "unrelated admin changes");
        assertEquals(emulator.tenant().auditEntryCount(), old.size() + renamed.size() + byAdmin.size());
        assertEquals(entries(LocalTenant.synthetic(7, 2_000, NOW)), entries(emulator.tenant()), "same seed, same log");
    }

    @Test
    void aPhoneWriteIsAuditedWithDecodableChanges() throws Exception {
        start(TestTenants.small(), TestTenants.options().reportsCapacity(0).build());
        String phones = "/v1.0/users/" + TestTenants.ALEX_ID + "/authentication/phoneMethods";
        assertEquals(201, http.send("POST", phones, "{\"phoneNumber\":\"+1 2065550100\",\"phoneType\":\"mobile\"}")
                .status());
        String byAlex = "?$filter=" + EmulatorHttp.encode("targetResources/any(t: t/userPrincipalName eq '"
                + TestTenants.ALEX + "')");
        List<JsonObject> entries = all(AUDITS + byAlex);
        assertEquals(1, entries.size());
        JsonObject entry = entries.get(0);
        assertEquals("Admin registered security info", entry.get("activityDisplayName").getAsString());
        assertEquals("Authentication Methods", entry.get("loggedByService").getAsString());
        assertEquals("Add", entry.get("operationType").getAsString());
        JsonObject app = entry.getAsJsonObject("initiatedBy").getAsJsonObject("app");
        assertEquals("Cutover", app.get("displayName").getAsString());
        assertEquals(GraphDispatcher.APP_ID, app.get("appId").getAsString());
        assertTrue(entry.getAsJsonObject("initiatedBy").get("user").isJsonNull());
        JsonObject target = entry.getAsJsonArray("targetResources").get(0).getAsJsonObject();
        assertEquals(TestTenants.ALEX_ID, target.get("id").getAsString());
        assertEquals(JsonParser.parseString("[]"), oldValue(target, "StrongAuthenticationMethod"));
        assertEquals(JsonParser.parseString("[{\"MethodType\":0,\"Default\":false},{\"MethodType\":5,"
                + "\"Default\":false}]"), newValue(target, "StrongAuthenticationMethod"));
        assertEquals("+1 2065550100", newValue(target, "StrongAuthenticationUserDetails").get(0).getAsJsonObject()
                .get("PhoneNumber").getAsString());

        assertEquals(204, http.send("PATCH", "/beta/users/" + TestTenants.ALEX_ID
                + "/authentication/signInPreferences", "{\"userPreferredMethodForSecondaryAuthentication\":\"sms\"}")
                .status());
        JsonObject update = all(AUDITS + byAlex).get(0);
        assertEquals("Update user", update.get("activityDisplayName").getAsString(), "newest first");
        JsonObject updated = update.getAsJsonArray("targetResources").get(0).getAsJsonObject();
        JsonObject first = newValue(updated, "StrongAuthenticationMethod").get(0).getAsJsonObject();
        assertEquals(5, first.get("MethodType").getAsInt());
        assertTrue(first.get("Default").getAsBoolean());

        assertEquals(400, http.send("DELETE", phones + "/3179e48a-750b-4051-897c-87b9720928f7", null).status());
        assertEquals(2, emulator.tenant().auditEntryCount(), "a rejected write leaves no entry");
    }

    @Test
    void hardwareTokensAreAuditedOnTheDeviceAndItsUser() throws Exception {
        start(TestTenants.small(), TestTenants.options().reportsCapacity(0).build());
        EmulatorHttp.Response created = http.send("POST", "/beta/directory/authenticationMethodDevices/"
                + "hardwareOathDevices", "{\"serialNumber\":\"SN-77\",\"secretKey\":\"JBSWY3DPEHPK3PXP\","
                + "\"assignTo\":{\"id\":\"" + TestTenants.ALEX_ID + "\"}}");
        assertEquals(201, created.status(), created.text());
        assertEquals(204, http.send("DELETE", "/beta/directory/authenticationMethodDevices/hardwareOathDevices/"
                + created.json().get("id").getAsString(), null).status());
        List<JsonObject> entries = all(AUDITS + "?$orderby=activityDateTime%20asc&$filter=" + EmulatorHttp.encode(
                "loggedByService eq 'Authentication Methods'"));
        assertEquals(List.of("Add hardware OATH token", "Delete hardware OATH token"), entries.stream()
                .map(e -> e.get("activityDisplayName").getAsString()).toList());
        JsonObject added = entries.get(0).getAsJsonArray("targetResources").get(1).getAsJsonObject();
        assertEquals(TestTenants.ALEX, added.get("userPrincipalName").getAsString());
        assertEquals(7, newValue(added, "StrongAuthenticationMethod").get(0).getAsJsonObject().get("MethodType")
                .getAsInt());
        JsonObject deleted = entries.get(1).getAsJsonArray("targetResources").get(1).getAsJsonObject();
        assertEquals(0, newValue(deleted, "StrongAuthenticationMethod").size());
        assertEquals("SN-77", entries.get(1).getAsJsonArray("additionalDetails").get(0).getAsJsonObject()
                .get("value").getAsString());
    }

    @Test
    void filtersByTimeRangeInitiatorAndServiceAndOrders() throws Exception {
        start(LocalTenant.synthetic(7, 2_000, NOW), TestTenants.options().reportsCapacity(0).build());
        Instant from = NOW.minus(Duration.ofDays(30));
        Instant to = NOW.minus(Duration.ofDays(10));
        String filter = "activityDateTime ge " + from + " and activityDateTime le " + to
                + " and initiatedBy/app/displayName eq 'Azure MFA Management' and loggedByService eq 'Core Directory'"
                + " and category eq 'UserManagement'";
        List<JsonObject> window = all(AUDITS + "?$top=999&$filter=" + EmulatorHttp.encode(filter));
        List<JsonObject> everything = all(AUDITS + "?$top=999");
        long expected = everything.stream().filter(e -> {
            Instant at = Instant.parse(e.get("activityDateTime").getAsString());
            JsonElement app = e.getAsJsonObject("initiatedBy").get("app");
            return !at.isBefore(from) && !at.isAfter(to) && app.isJsonObject()
                    && app.getAsJsonObject().get("displayName").getAsString().equals("Azure MFA Management");
        }).count();
        assertTrue(expected > 0);
        assertEquals(expected, window.size());
        assertNewestFirst(everything);

        List<JsonObject> ascending = all(AUDITS + "?$top=999&$orderby=" + EmulatorHttp.encode("activityDateTime asc"));
        assertEquals(everything.get(everything.size() - 1).get("id"), ascending.get(0).get("id"));
        String dateOnly = "?$filter=" + EmulatorHttp.encode("activityDateTime ge 2026-02-20");
        assertTrue(all(AUDITS + dateOnly).stream().allMatch(e -> e.get("activityDateTime").getAsString()
                .compareTo("2026-02-20") > 0));
        String quotedAnd = "?$filter=" + EmulatorHttp.encode("initiatedBy/user/displayName eq 'Research and "
                + "Development' and loggedByService eq 'Core Directory'");
        assertEquals(200, http.get(AUDITS + quotedAnd).status(), "'and' inside a quoted value");
        for (String bad : new String[] {"activityDateTime gt 2026-01-01T00:00:00Z", "userType eq 'Member'",
            "activityDateTime ge yesterday", "targetResources/any(t: x/id eq 'a')"}) {
            EmulatorHttp.Response response = http.get(AUDITS + "?$filter=" + EmulatorHttp.encode(bad));
            assertEquals(400, response.status(), bad);
        }
        assertEquals(400, http.get(AUDITS + "?$orderby=category").status());
    }

    @Test
    void pagesWithNextLinksNewestFirst() throws Exception {
        start(LocalTenant.synthetic(7, 2_000, NOW), TestTenants.options().reportsCapacity(0).build());
        String next = AUDITS + "?$top=10";
        List<JsonObject> entries = new ArrayList<>();
        int pages = 0;
        while (next != null) {
            EmulatorHttp.Response page = http.get(next);
            assertEquals(200, page.status(), page.text());
            page.json().getAsJsonArray("value").forEach(e -> entries.add(e.getAsJsonObject()));
            next = page.json().has("@odata.nextLink") ? page.json().get("@odata.nextLink").getAsString() : null;
            assertTrue(next == null || next.contains("$skiptoken="), next);
            pages++;
        }
        int total = emulator.tenant().auditEntryCount();
        assertTrue(pages > 1);
        assertEquals((total + 9) / 10, pages);
        assertEquals(total, entries.stream().map(e -> e.get("id").getAsString()).distinct().count());
        assertNewestFirst(entries);
        assertEquals(400, http.get(AUDITS + "?$top=1000").status(), "pages hold at most 999 entries");
        String id = entries.get(0).get("id").getAsString();
        assertEquals(id, http.get(AUDITS + "/" + id).json().get("id").getAsString());
    }

    @Test
    void reportsAllowFiveRequestsPerTenSecondsScaledByTime() throws Exception {
        start(TestTenants.small(), TestTenants.options().build());
        for (int i = 0; i < 5; i++) {
            assertEquals(200, http.get(AUDITS).status(), "request " + (i + 1));
        }
        EmulatorHttp.Response throttled = http.get(AUDITS);
        assertEquals(429, throttled.status());
        assertEquals("TooManyRequests", throttled.errorCode());
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "one request per 2 s: " + retryAfter);
        assertEquals(200, http.get("/v1.0/users/" + TestTenants.ALEX_ID).status(), "other reads go on");
        emulator.close();

        start(TestTenants.small(), TestTenants.options().timeScale(5).build());
        EmulatorHttp.Response fast = http.get(AUDITS);
        for (int i = 0; i < 50 && fast.status() == 200; i++) {
            fast = http.get(AUDITS);
        }
        assertEquals(429, fast.status());
        assertEquals("1", fast.header("Retry-After"), "10 s at 5x free a request every 0.4 s");
        Thread.sleep(500);
        assertEquals(200, http.get(AUDITS).status());
        emulator.close();

        start(TestTenants.small(), TestTenants.options().reportsCapacity(0).build());
        for (int i = 0; i < 20; i++) {
            assertEquals(200, http.get(AUDITS).status());
        }
    }

    /** Every entry, following the next links. */
    private List<JsonObject> all(String first) throws Exception {
        List<JsonObject> entries = new ArrayList<>();
        String next = first;
        while (next != null) {
            EmulatorHttp.Response page = http.get(next);
            assertEquals(200, page.status(), page.text());
            page.json().getAsJsonArray("value").forEach(e -> entries.add(e.getAsJsonObject()));
            next = page.json().has("@odata.nextLink") ? page.json().get("@odata.nextLink").getAsString() : null;
        }
        return entries;
    }

    private static List<AuditEntry> entries(LocalTenant tenant) {
        return tenant.read(data -> data.audits.entries());
    }

    private static void assertNewestFirst(List<JsonObject> entries) {
        for (int i = 1; i < entries.size(); i++) {
            Instant before = Instant.parse(entries.get(i - 1).get("activityDateTime").getAsString());
            Instant after = Instant.parse(entries.get(i).get("activityDateTime").getAsString());
            assertFalse(after.isAfter(before), "entry " + i);
        }
    }

    private static JsonArray newValue(JsonObject target, String property) {
        return value(target, property, "newValue");
    }

    private static JsonArray oldValue(JsonObject target, String property) {
        return value(target, property, "oldValue");
    }

    private static JsonArray value(JsonObject target, String property, String which) {
        for (JsonElement change : target.getAsJsonArray("modifiedProperties")) {
            if (change.getAsJsonObject().get("displayName").getAsString().equals(property)) {
                String text = change.getAsJsonObject().get(which).getAsString();
                assertNotNull(text);
                return JsonParser.parseString(text).getAsJsonArray();
            }
        }
        throw new AssertionError("no " + property + " in " + target);
    }

    private static List<JsonObject> concat(List<JsonObject> first, List<JsonObject> second) {
        List<JsonObject> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
