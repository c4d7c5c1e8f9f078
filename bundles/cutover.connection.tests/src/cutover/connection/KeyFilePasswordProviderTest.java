package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.connection.KeyFilePasswordProvider.KeyFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Cutover's secure-storage password provider and its key file, in a Cutover home of the test's own. */
@Timeout(60)
class KeyFilePasswordProviderTest {

    @TempDir
    Path home;
    private String previousHome;

    @BeforeEach
    void ownHome() {
        previousHome = System.setProperty(MasterKeyFile.HOME_PROPERTY, home.toString());
    }

    @AfterEach
    void restoreHome() {
        restore(previousHome);
    }

    @Test
    void theFirstPasswordMakesAnOwnerOnlyKeyFileThatLaterOnesReuse() throws Exception {
        Path file = home.resolve(MasterKeyFile.NAME);
        char[] first = new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD)
                .getPassword();

        assertTrue(Files.isRegularFile(file));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()).length);
        assertArrayEquals(Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray(), first);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        // as at a restart: another provider, asked for a new password (a new storage file), keeps the key
        assertArrayEquals(first, new KeyFilePasswordProvider().getPassword(null,
                PasswordProvider.CREATE_NEW_PASSWORD).getPassword());
        assertArrayEquals(first, new KeyFilePasswordProvider().getPassword(null, 0).getPassword());
    }

    @Test
    void twoUsersGetDifferentKeys() throws Exception {
        char[] one = new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD)
                .getPassword();
        System.setProperty(MasterKeyFile.HOME_PROPERTY, Files.createDirectory(home.resolve("other")).toString());
        char[] other = new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD)
                .getPassword();
        assertFalse(new String(one).equals(new String(other)));
    }

    @Test
    void aMissingHomeFolderIsMadeForItsOwnerOnly() throws Exception {
        Path folder = home.resolve("not yet");
        System.setProperty(MasterKeyFile.HOME_PROPERTY, folder.toString());
        new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD);
        assertTrue(Files.isRegularFile(folder.resolve(MasterKeyFile.NAME)));
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        }
    }

    @Test
    void anEmptyOrCorruptKeyFileIsRefusedAndKeptNotReplaced() throws Exception {
        Path file = home.resolve(MasterKeyFile.NAME);
        for (String content : List.of("", "\n", "not base64 at all!",
                Base64.getEncoder().encodeToString(new byte[16]))) {
            Files.writeString(file, content, StandardCharsets.US_ASCII);

            KeyFileException refused = assertThrows(KeyFileException.class,
                    () -> new KeyFilePasswordProvider().getPassword(null, PasswordProvider.CREATE_NEW_PASSWORD));

            assertTrue(refused.getMessage().contains(file.toString())
                    && refused.getMessage().contains("To start over, delete " + file), refused.getMessage());
            assertEquals(content, Files.readString(file, StandardCharsets.US_ASCII), "the file is left as it was");
        }
    }

    @Test
    void aMissingKeyIsNotMadeAgainWhileStoredPasswordsNeedTheOldOne() {
        Path file = home.resolve(MasterKeyFile.NAME);
        // without CREATE_NEW_PASSWORD Equinox holds values encrypted with this provider's earlier password
        KeyFileException refused = assertThrows(KeyFileException.class,
                () -> new KeyFilePasswordProvider().getPassword(null, 0));
        assertTrue(refused.getMessage().contains(file + " is missing"), refused.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void withoutTheLauncherThePropertyTheKeyIsInDotCutoverOfTheUsersHome() {
        System.clearProperty(MasterKeyFile.HOME_PROPERTY);
        assertEquals(Path.of(System.getProperty("user.home"), ".cutover", MasterKeyFile.NAME),
                MasterKeyFile.ofUser().path());
    }

    @Test
    void theKeyFileWinsWhenAnotherProcessMadeOneFirst() throws Exception {
        Path file = home.resolve(MasterKeyFile.NAME);
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        String theirs = Base64.getEncoder().encodeToString(key);
        Files.writeString(file, theirs + "\n", StandardCharsets.US_ASCII);
        assertArrayEquals(theirs.toCharArray(), new MasterKeyFile(file).create(), "an existing key is never replaced");
        assertEquals(theirs + "\n", Files.readString(file, StandardCharsets.US_ASCII));
    }

    static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(MasterKeyFile.HOME_PROPERTY);
        } else {
            System.setProperty(MasterKeyFile.HOME_PROPERTY, previous);
        }
    }
}
