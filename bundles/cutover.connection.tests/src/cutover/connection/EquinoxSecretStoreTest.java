package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificate passwords in real Equinox secure storage files, encrypted with a test master password or by Cutover's
 * password provider, whose key file is in a Cutover home of the test's own.
 */
@Timeout(60)
class EquinoxSecretStoreTest {

    private static final String PASSWORD = "Pfx-Passw0rd-that-must-not-leak";
    private static final char[] MASTER = "test master password".toCharArray();

    @TempDir
    Path folder;
    @TempDir
    Path home;
    private String previousHome;

    @BeforeEach
    void ownHome() {
        previousHome = System.setProperty(MasterKeyFile.HOME_PROPERTY, home.toString());
    }

    @AfterEach
    void restoreHome() {
        KeyFilePasswordProviderTest.restore(previousHome);
    }

    @Test
    void aPasswordComesBackAndTheFileHoldsItOnlyEncrypted() throws Exception {
        Path file = folder.resolve("secure_storage");
        EquinoxSecretStore store = EquinoxSecretStore.at(file, MASTER);
        assertNull(store.get("Contoso / prod"));
        assertFalse(store.contains("Contoso / prod"));

        store.put("Contoso / prod", PASSWORD.toCharArray());

        assertArrayEquals(PASSWORD.toCharArray(), store.get("Contoso / prod"));
        assertTrue(store.contains("Contoso / prod"));
        assertNull(store.get("Contoso"), "a slash in a name does not make a child node of another profile");
        String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(stored.contains("certificatePassword"), stored);
        assertFalse(stored.contains(PASSWORD), stored);
        assertFalse(stored.contains(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))),
                "not merely encoded: " + stored);
    }

    @Test
    void anotherMasterPasswordCannotReadIt() throws Exception {
        Path file = folder.resolve("secure_storage");
        EquinoxSecretStore.at(file, MASTER).put("Contoso", PASSWORD.toCharArray());

        SecretStoreException wrong = assertThrows(SecretStoreException.class,
                () -> EquinoxSecretStore.at(file, "another password".toCharArray()).get("Contoso"));
        assertFalse(wrong.getMessage().contains(PASSWORD));
    }

    @Test
    void removingForgetsThePassword() throws Exception {
        EquinoxSecretStore store = EquinoxSecretStore.at(folder.resolve("secure_storage"), MASTER);
        store.put("Contoso", PASSWORD.toCharArray());
        store.remove("Contoso");
        assertNull(store.get("Contoso"));
        assertFalse(store.contains("Contoso"));
        store.remove("never stored"); // nothing to do, no failure
    }

    @Test
    void aStoredPasswordComesBackAfterARestartWithTheProvidersMasterPassword() throws Exception {
        Path file = folder.resolve("secure_storage");
        char[] master = new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD)
                .getPassword();
        EquinoxSecretStore.at(file, master).put("Contoso", PASSWORD.toCharArray());

        // Equinox keeps one storage per file in memory: a copy is read from disk, as by the next process
        Path restarted = Files.copy(file, folder.resolve("secure_storage after restart"));
        char[] again = new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD)
                .getPassword();
        assertArrayEquals(PASSWORD.toCharArray(), EquinoxSecretStore.at(restarted, again).get("Contoso"));
        assertNoPlainPassword(file, home.resolve(MasterKeyFile.NAME));
    }

    /**
     * What the product does: no master password given, so Equinox asks the password providers of the extension
     * registry for one, and the only one here is Cutover's key file.
     */
    @Test
    void withoutAMasterPasswordTheRegistryPicksCutoversKeyFileAndNeverPrompts() throws Exception {
        Path file = folder.resolve("secure_storage");
        Path key = home.resolve(MasterKeyFile.NAME);
        EquinoxSecretStore.at(file, null).put("Contoso", PASSWORD.toCharArray());

        assertTrue(Files.isRegularFile(key), "the first password stored made the key file");
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
        String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(stored.contains("certificatePassword=" + KeyFilePasswordProvider.MODULE_ID + "\\t"),
                "encrypted by Cutover's provider: " + stored);
        assertNoPlainPassword(file, key);
        Path restarted = Files.copy(file, folder.resolve("secure_storage after restart"));
        assertArrayEquals(PASSWORD.toCharArray(), EquinoxSecretStore.at(restarted, null).get("Contoso"));
    }

    @Test
    void theProductsStorageIsAFileOfCutoversOwnBesideTheKey() throws Exception {
        EquinoxSecretStore.platformDefault().put("Contoso", PASSWORD.toCharArray());

        Path file = home.resolve("secure_storage");
        assertTrue(Files.isRegularFile(file), "not Equinox's default file shared with other Eclipse programs");
        assertNoPlainPassword(file, home.resolve(MasterKeyFile.NAME));
        assertArrayEquals(PASSWORD.toCharArray(), EquinoxSecretStore.at(file, null).get("Contoso"));
    }

    @Test
    void anUnusableKeyFileKeepsThePasswordForTheSessionOnlyAndSaysWhichFileToDelete() throws Exception {
        Path key = home.resolve(MasterKeyFile.NAME);
        Files.writeString(key, "", StandardCharsets.US_ASCII);
        EquinoxSecretStore store = EquinoxSecretStore.at(folder.resolve("secure_storage"), null);

        SecretStoreException refused = assertThrows(SecretStoreException.class,
                () -> store.put("Contoso", PASSWORD.toCharArray()));
        assertTrue(refused.unavailable(), refused.getMessage());
        assertTrue(refused.getMessage().contains("To start over, delete " + key), refused.getMessage());
        assertFalse(refused.getMessage().contains(PASSWORD));
        assertFalse(store.contains("Contoso"), "nothing half-stored");
        assertEquals("", Files.readString(key, StandardCharsets.US_ASCII), "no new key in its place");

        TenantProfiles profiles = new TenantProfiles(folder.resolve("workspace"), store);
        profiles.put(null, TenantProfile.entra("Contoso", "contoso.onmicrosoft.com", "global",
                "0f3c5e2a-1b4d-4c6e-8f90-123456789abc", TenantProfile.SignIn.CERTIFICATE, "/keys/app.pfx"));
        TenantProfiles.SavedPassword saved = profiles.saveCertificatePassword("Contoso", PASSWORD.toCharArray());
        assertEquals(TenantProfiles.PasswordState.SESSION_ONLY, saved.state());
        assertTrue(saved.message().contains(key.toString()) && saved.message().contains("until Cutover closes"),
                saved.message());
    }

    @Test
    void afterTheKeyFileIsDeletedReadingSaysSoAndSavingStartsOverWithANewKey() throws Exception {
        Path file = folder.resolve("secure_storage");
        Path key = home.resolve(MasterKeyFile.NAME);
        EquinoxSecretStore.at(file, null).put("Contoso", PASSWORD.toCharArray());
        EquinoxSecretStore.at(file, null).put("Fabrikam", PASSWORD.toCharArray());
        String lostKey = Files.readString(key, StandardCharsets.US_ASCII);
        Files.delete(key);
        EquinoxSecretStore restarted = EquinoxSecretStore.at(Files.copy(file, folder.resolve("restarted")), null);

        SecretStoreException missing = assertThrows(SecretStoreException.class, () -> restarted.get("Contoso"));
        assertTrue(missing.getMessage().contains(key + " is missing"), missing.getMessage());
        assertFalse(Files.exists(key), "reading never makes a new key");

        restarted.put("Contoso", "a new password".toCharArray());
        assertArrayEquals("a new password".toCharArray(), restarted.get("Contoso"));
        assertFalse(lostKey.equals(Files.readString(key, StandardCharsets.US_ASCII)), "a new key");
        SecretStoreException stale = assertThrows(SecretStoreException.class, () -> restarted.get("Fabrikam"));
        assertTrue(stale.getMessage().contains("enter the password again"), stale.getMessage());
    }

    @Test
    void anotherKeyFileIsNotTakenForTheOneThePasswordsWereStoredWith() throws Exception {
        Path file = folder.resolve("secure_storage");
        Path key = home.resolve(MasterKeyFile.NAME);
        EquinoxSecretStore.at(file, null).put("Contoso", PASSWORD.toCharArray());
        byte[] other = new byte[32];
        java.util.Arrays.fill(other, (byte) 7);
        Files.writeString(key, Base64.getEncoder().encodeToString(other), StandardCharsets.US_ASCII);

        EquinoxSecretStore restarted = EquinoxSecretStore.at(Files.copy(file, folder.resolve("restarted")), null);
        SecretStoreException wrong = assertThrows(SecretStoreException.class, () -> restarted.get("Contoso"));
        assertTrue(wrong.getMessage().contains(key.toString()) && wrong.getMessage().contains("delete it"),
                wrong.getMessage());
        assertThrows(SecretStoreException.class, () -> restarted.put("Fabrikam", PASSWORD.toCharArray()));
    }

    private static void assertNoPlainPassword(Path... files) throws Exception {
        String encoded = Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8));
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.ISO_8859_1);
            assertFalse(content.contains(PASSWORD) || content.contains(encoded), file + ": " + content);
        }
    }
}
