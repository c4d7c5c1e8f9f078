package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.connection.TenantProfile.SignIn;
import cutover.connection.TenantProfiles.PasswordState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved profiles: a JSON file without secrets, the demo tenant always first, passwords beside it. */
class TenantProfilesTest {

    private static final String TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private static final String CLIENT_ID = "0f3c5e2a-1b4d-4c6e-8f90-123456789abc";
    private static final String PASSWORD = "Pfx-Passw0rd-that-must-not-leak";

    @TempDir
    Path workspace;

    private static TenantProfile contoso() {
        return TenantProfile.entra("Contoso (Global)", TENANT_ID, "global", CLIENT_ID, SignIn.CERTIFICATE,
                "/keys/contoso app.pfx");
    }

    @Test
    void profilesSurviveARestartWithTheDemoTenantFirst() throws Exception {
        MemorySecretStore secrets = new MemorySecretStore(false);
        TenantProfiles profiles = new TenantProfiles(workspace, secrets);
        assertEquals(List.of(TenantProfile.demo()), profiles.list(), "a new workspace offers the demo tenant");
        TenantProfile lab = TenantProfile.local("Lab emulator", "http://127.0.0.1:8080");
        TenantProfile fairfax = TenantProfile.entra("Fairfax", "contoso.onmicrosoft.us", "usgov", CLIENT_ID,
                SignIn.DEVICE_CODE, null);
        profiles.put(null, contoso());
        profiles.put(null, lab);
        profiles.put(null, fairfax);

        TenantProfiles reread = new TenantProfiles(workspace, secrets);
        assertEquals(List.of(TenantProfile.demo(), contoso(), lab, fairfax), reread.list());
        assertEquals(TenantProfile.demo(), reread.defaultProfile());
        assertEquals(workspace.resolve("connections").resolve("profiles.json"), reread.file());
        assertNull(reread.problem());
    }

    @Test
    void theFileHoldsNoPasswordWhichGoesToTheSecretStore() throws Exception {
        MemorySecretStore secrets = new MemorySecretStore(false);
        TenantProfiles profiles = new TenantProfiles(workspace, secrets);
        profiles.put(null, contoso());
        TenantProfiles.SavedPassword saved = profiles.saveCertificatePassword("Contoso (Global)",
                PASSWORD.toCharArray());

        assertEquals(PasswordState.STORED, saved.state());
        assertEquals(PASSWORD, secrets.values.get("Contoso (Global)"));
        String json = Files.readString(profiles.file(), StandardCharsets.UTF_8);
        assertFalse(json.contains(PASSWORD), json);
        assertFalse(json.toLowerCase(java.util.Locale.ROOT).contains("password"), json);
        assertTrue(json.contains("\"clientId\": \"" + CLIENT_ID + "\""), json);
        assertEquals(PasswordState.STORED, new TenantProfiles(workspace, secrets).passwordState("Contoso (Global)"));
        assertArrayEquals(PASSWORD.toCharArray(), profiles.certificatePassword("Contoso (Global)"));
    }

    @Test
    void renamingMovesThePasswordAndRemovingForgetsIt() throws Exception {
        MemorySecretStore secrets = new MemorySecretStore(false);
        TenantProfiles profiles = new TenantProfiles(workspace, secrets);
        profiles.put(null, contoso());
        profiles.saveCertificatePassword("Contoso (Global)", PASSWORD.toCharArray());

        TenantProfile renamed = TenantProfile.entra("Contoso prod", TENANT_ID, "global", CLIENT_ID,
                SignIn.CERTIFICATE, "/keys/contoso app.pfx");
        profiles.put("Contoso (Global)", renamed);
        assertEquals(List.of(TenantProfile.demo(), renamed), profiles.list());
        assertEquals(PASSWORD, secrets.values.get("Contoso prod"));
        assertFalse(secrets.values.containsKey("Contoso (Global)"));

        profiles.remove("Contoso prod");
        assertEquals(List.of(TenantProfile.demo()), new TenantProfiles(workspace, secrets).list());
        assertTrue(secrets.values.isEmpty(), "the password goes with its profile");
    }

    @Test
    void aProfileThatNoLongerUsesAPfxFileDropsItsPassword() throws Exception {
        MemorySecretStore secrets = new MemorySecretStore(false);
        TenantProfiles profiles = new TenantProfiles(workspace, secrets);
        profiles.put(null, contoso());
        profiles.saveCertificatePassword("Contoso (Global)", PASSWORD.toCharArray());
        profiles.put("Contoso (Global)", TenantProfile.entra("Contoso (Global)", TENANT_ID, "global", CLIENT_ID,
                SignIn.BROWSER, null));
        assertEquals(PasswordState.NONE, profiles.passwordState("Contoso (Global)"));
    }

    @Test
    void theDemoTenantCannotBeRemovedChangedOrNamedAgain() throws Exception {
        TenantProfiles profiles = new TenantProfiles(workspace, new MemorySecretStore(false));
        assertThrows(IllegalArgumentException.class, () -> profiles.remove(DemoTenant.NAME));
        assertThrows(IllegalArgumentException.class, () -> profiles.put(DemoTenant.NAME,
                TenantProfile.local("Lab", "http://127.0.0.1:1")));
        assertThrows(IllegalArgumentException.class, () -> profiles.put(null, TenantProfile.demo()));
        profiles.put(null, TenantProfile.local("Lab", "http://127.0.0.1:1"));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> profiles.put(null, TenantProfile.local("LAB", "http://127.0.0.1:2")));
        assertTrue(taken.getMessage().contains("exists already"), taken.getMessage());
        assertTrue(profiles.nameTaken("lab", null));
        assertFalse(profiles.nameTaken("lab", "Lab"), "a profile keeps its own name when edited");
        assertThrows(IllegalArgumentException.class, () -> profiles.put(null,
                TenantProfile.local("Bad", "http://10.0.0.1:1")), "an invalid profile is never saved");
    }

    @Test
    void anUnreadableFileIsReportedAndNeverOverwritten() throws Exception {
        Path file = workspace.resolve("connections").resolve("profiles.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ this is not json", StandardCharsets.UTF_8);
        TenantProfiles profiles = new TenantProfiles(workspace, new MemorySecretStore(false));

        assertEquals(List.of(TenantProfile.demo()), profiles.list());
        assertTrue(profiles.problem().contains("cannot be read"), profiles.problem());
        assertThrows(IOException.class, () -> profiles.put(null, TenantProfile.local("Lab", "http://127.0.0.1:1")));
        assertEquals("{ this is not json", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void withoutSecureStorageThePasswordIsKeptForTheSessionOnlyAndSaysWhy() throws Exception {
        TenantProfiles profiles = new TenantProfiles(workspace, new MemorySecretStore(true));
        profiles.put(null, contoso());
        TenantProfiles.SavedPassword saved = profiles.saveCertificatePassword("Contoso (Global)",
                PASSWORD.toCharArray());

        assertEquals(PasswordState.SESSION_ONLY, saved.state());
        assertTrue(saved.message().contains("no master password") && saved.message().contains("until Cutover closes"),
                saved.message());
        assertEquals(PasswordState.SESSION_ONLY, profiles.passwordState("Contoso (Global)"));
        assertArrayEquals(PASSWORD.toCharArray(), profiles.certificatePassword("Contoso (Global)"));
        assertFalse(Files.readString(profiles.file(), StandardCharsets.UTF_8).contains(PASSWORD));
        assertEquals(PasswordState.NONE, new TenantProfiles(workspace, new MemorySecretStore(true))
                .passwordState("Contoso (Global)"), "a restart forgets it");
    }
}
