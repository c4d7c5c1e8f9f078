package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.TenantSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void refusesFilesThatAreNotEmulatorState() throws Exception {
        Path file = directory.resolve("other.json");
        Files.writeString(file, "{\"format\":\"something-else\",\"version\":1}");
        IOException error = assertThrows(IOException.class, () -> LocalTenant.load(file));
        assertFalse(error.getMessage().isBlank());
    }
}
