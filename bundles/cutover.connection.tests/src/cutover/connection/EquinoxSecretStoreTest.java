package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Certificate passwords in a real Equinox secure storage file, encrypted with a test master password. */
@Timeout(60)
class EquinoxSecretStoreTest {

    private static final String PASSWORD = "Pfx-Passw0rd-that-must-not-leak";
    private static final char[] MASTER = "test master password".toCharArray();

    @TempDir
    Path folder;

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

    /**
     * What the product meets on a machine without a password provider (Cutover ships none; on Linux the keyring
     * provider needs a D-Bus secret service): Equinox answers at once, without prompting, and the store says so.
     */
    @Test
    void withoutAPasswordProviderItSaysSoAtOnceInsteadOfPrompting() throws Exception {
        Path file = folder.resolve("secure_storage");
        EquinoxSecretStore store = EquinoxSecretStore.at(file, null);

        SecretStoreException unavailable = assertThrows(SecretStoreException.class,
                () -> store.put("Contoso", PASSWORD.toCharArray()));

        assertTrue(unavailable.unavailable(), unavailable.getMessage());
        assertTrue(unavailable.getMessage().contains("no password provider"), unavailable.getMessage());
        assertFalse(store.contains("Contoso"), "nothing half-stored");
        assertFalse(Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(PASSWORD));
    }
}
