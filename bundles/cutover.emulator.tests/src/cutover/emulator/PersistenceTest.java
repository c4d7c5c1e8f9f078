package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

    @TempDir
    Path directory;

    @Test
    void saveAndLoadKeepUsersGroupsPolicyAndDevices() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(3, 300);
        Path file = directory.resolve("state").resolve("tenant.json");
        tenant.save(file);
        LocalTenant loaded = LocalTenant.load(file);

        assertEquals(tenant.tenantId(), loaded.tenantId());
        TenantSnapshot before = tenant.snapshot();
        TenantSnapshot after = loaded.snapshot();
        assertEquals(before.users(), after.users());
        assertEquals(before.policy(), after.policy());
        assertEquals(tenant.hardwareOathDevices(), loaded.hardwareOathDevices());
        String migration = tenant.groupIds("Cutover Migration").get(0);
        assertEquals(tenant.transitiveUserIds(migration), loaded.transitiveUserIds(migration));
        assertEquals(2, loaded.groupIds("Sales").size());
        assertEquals(List.of(), Files.list(file.getParent()).filter(p -> p.toString().endsWith(".tmp")).toList(),
                "no temporary file is left behind");
    }

    @Test
    void syntheticTenantsAreDeterministicAndEveryUserIsInTheMigrationGroupOnce() {
        LocalTenant first = LocalTenant.synthetic(11, 500);
        LocalTenant second = LocalTenant.synthetic(11, 500);
        String migration = first.groupIds("Cutover Migration").get(0);
        assertEquals(second.groupIds("Cutover Migration"), List.of(migration));
        List<String> members = first.transitiveUserIds(migration);
        assertEquals(members, second.transitiveUserIds(migration));
        assertEquals(first.userCount(), members.size());
        assertEquals(first.userCount(), members.stream().distinct().count());
        assertEquals(1, first.groupIds("Staged Rollout Pilot").size());
        assertEquals(first.snapshot().users(), second.snapshot().users());
    }

    @Test
    void emulatorLoadsItsStateFileAndSavesOnClose() throws Exception {
        Path file = directory.resolve("emulator.json");
        EmulatorOptions options = TestTenants.options().users(50).seed(9).stateFile(file).build();
        String userId;
        try (GraphEmulator emulator = GraphEmulator.start(options)) {
            userId = emulator.tenant().snapshot().users().stream().filter(u -> u.phone(PhoneType.MOBILE) == null)
                    .findFirst().orElseThrow().objectId();
            EmulatorHttp http = new EmulatorHttp(emulator);
            assertEquals(201, http.send("POST", "/v1.0/users/" + userId + "/authentication/phoneMethods",
                    "{\"phoneNumber\":\"+49 1701234567\",\"phoneType\":\"mobile\"}").status());
            assertEquals(204, http.send("PATCH", "/beta/users/" + userId + "/authentication/signInPreferences",
                    "{\"userPreferredMethodForSecondaryAuthentication\":\"voiceMobile\"}").status());
        }
        assertTrue(Files.exists(file));
        try (GraphEmulator emulator = GraphEmulator.start(options)) {
            var user = emulator.tenant().user(userId).orElseThrow();
            assertEquals("+49 1701234567", user.phone(PhoneType.MOBILE).phoneNumber());
            assertEquals(EntraMethod.VOICE_MOBILE, user.defaultMethod());
            assertEquals(0, emulator.stats().total(), "write counts start again");
        }
    }

    @Test
    void saveAndLoadKeepDomainsRolloutPoliciesAndTheAuditLog() throws Exception {
        Path file = directory.resolve("graph-areas.json");
        EmulatorOptions options = TestTenants.options().reportsCapacity(0).stateFile(file).build();
        LocalTenant tenant = LocalTenant.synthetic(3, 100, Instant.parse("2026-03-01T00:00:00Z"));
        String pilot = tenant.groupIds("Staged Rollout Pilot").get(0);
        String policies = "/v1.0/policies/featureRolloutPolicies";
        List<AuditEntry> audits;
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options)) {
            EmulatorHttp http = new EmulatorHttp(emulator);
            String federation = http.get("/v1.0/domains/contoso.com/federationConfiguration").json()
                    .getAsJsonArray("value").get(0).getAsJsonObject().get("id").getAsString();
            assertEquals(200, http.send("PATCH", "/v1.0/domains/contoso.com/federationConfiguration/" + federation,
                    "{\"federatedIdpMfaBehavior\":\"enforceMfaByFederatedIdp\"}").status());
            String policy = http.send("POST", policies, "{\"displayName\":\"MFA\",\"feature\":"
                    + "\"multiFactorAuthentication\",\"isEnabled\":true}", "Prefer", "include-unknown-enum-members")
                    .json().get("id").getAsString();
            assertEquals(204, http.send("POST", policies + "/" + policy + "/appliesTo/$ref", "{\"@odata.id\":"
                    + "\"https://graph.microsoft.com/v1.0/directoryObjects/" + pilot + "\"}").status());
            audits = tenant.read(data -> data.audits.entries());
        }
        LocalTenant loaded = LocalTenant.load(file);
        assertEquals(tenant.domainNames(), loaded.domainNames());
        assertEquals("enforceMfaByFederatedIdp", loaded.federatedIdpMfaBehavior("contoso.com"));
        assertEquals(List.of(pilot), loaded.featureRolloutGroupIds("multiFactorAuthentication"));
        assertEquals(audits, loaded.read(data -> data.audits.entries()));
        assertTrue(audits.size() > 3, "the seeded history and three live entries");

        try (GraphEmulator emulator = GraphEmulator.start(options)) {
            EmulatorHttp http = new EmulatorHttp(emulator);
            JsonObject policy = http.get(policies + "?$expand=appliesTo", "Prefer", "include-unknown-enum-members")
                    .json().getAsJsonArray("value").get(0).getAsJsonObject();
            assertEquals("multiFactorAuthentication", policy.get("feature").getAsString());
            assertEquals(pilot, policy.getAsJsonArray("appliesTo").get(0).getAsJsonObject().get("id").getAsString());
            assertEquals(audits.size(), emulator.tenant().auditEntryCount());
        }
    }

    @Test
    void filesFromBeforeDomainsRolloutAndAuditsStillLoad() throws Exception {
        Path file = directory.resolve("old.json");
        LocalTenant original = LocalTenant.synthetic(3, 50);
        original.save(file);
        JsonObject state = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        state.remove("domains");
        state.remove("featureRolloutPolicies");
        state.remove("directoryAudits");
        Files.writeString(file, state.toString());
        LocalTenant loaded = LocalTenant.load(file);
        assertEquals(original.snapshot().users(), loaded.snapshot().users());
        assertTrue(loaded.domainNames().isEmpty());
        assertEquals(0, loaded.auditEntryCount());
    }

    @Test
    void refusesFilesThatAreNotEmulatorState() throws Exception {
        Path file = directory.resolve("other.json");
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1}");
        IOException error = assertThrows(IOException.class, () -> LocalTenant.load(file));
        assertFalse(error.getMessage().isBlank());
    }
}
