package cutover.connection;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The user's secure-storage key: 256 random bits, Base64, in {@value #NAME} of the Cutover home
 * ({@code -Dcutover.home}, which the launchers set from {@code $CUTOVER_HOME}, else {@code ~/.cutover}). Like an SSH
 * private key it is readable by its owner only (POSIX {@code rw-------}; elsewhere the user profile's ACLs), and like
 * one it is never replaced: a file that is not a key is refused, because a new key would make every password stored
 * with the old one unreadable without saying so.
 */
final class MasterKeyFile {

    static final String HOME_PROPERTY = "cutover.home";
    static final String NAME = "secure-storage.key";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    MasterKeyFile(Path file) {
        this.file = file;
    }

    /** The key file of the Cutover home that the launcher named, else of {@code ~/.cutover}. */
    static MasterKeyFile ofUser() {
        return new MasterKeyFile(home().resolve(NAME));
    }

    /** The Cutover home the launcher named ({@code -Dcutover.home}), else {@code ~/.cutover}. */
    static Path home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".cutover") : Path.of(home);
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** The key, as the characters of its Base64 text (the caller clears them). */
    char[] read() throws IOException {
        byte[] text;
        try {
            text = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + " is missing: the certificate passwords stored with it cannot be decrypted. "
                    + "Put it back from a backup, or enter the passwords again (saving one makes a new key).", e);
        } catch (IOException e) {
            throw new IOException(file + " cannot be read (" + e.getClass().getSimpleName() + "). Make it a file "
                    + "that only you can read, or, to start over, delete it and enter the passwords again.", e);
        }
        try {
            return decode(text);
        } finally {
            Arrays.fill(text, (byte) 0);
        }
    }

    /**
     * Makes the key file, readable by its owner only from its first byte on, and returns its key; when another
     * Cutover process made one meanwhile, returns that one.
     */
    char[] create() throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, ownerOnly("rwx------"));
        }
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        byte[] text = Base64.getEncoder().encode(key);
        Arrays.fill(key, (byte) 0);
        Path temporary = Files.createTempFile(folder, NAME, ".tmp", ownerOnly("rw-------"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(text));
                channel.force(true);
            }
            publish(temporary);
        } finally {
            Arrays.fill(text, (byte) 0);
            Files.deleteIfExists(temporary);
        }
        return read();
    }

    /** Gives the finished key its name, unless a key file appeared meanwhile: that one is kept. */
    private void publish(Path temporary) throws IOException {
        try {
            Files.createLink(file, temporary); // fails, rather than replaces, when the name exists
        } catch (FileAlreadyExistsException e) {
            // another Cutover process made one first: read() returns its key
        } catch (UnsupportedOperationException | FileSystemException e) {
            try {
                Files.move(temporary, file); // no hard links here; a move without REPLACE_EXISTING
            } catch (FileAlreadyExistsException made) {
                // as above
            }
        }
    }

    private char[] decode(byte[] text) throws IOException {
        int length = trimmedLength(text);
        String problem;
        ByteBuffer key = null;
        try {
            key = Base64.getDecoder().decode(ByteBuffer.wrap(text, 0, length));
            problem = length == 0 ? "is empty"
                    : key.remaining() == BYTES ? null : "holds " + key.remaining() + " bytes instead of " + BYTES;
        } catch (IllegalArgumentException e) {
            problem = "is not Base64";
        } finally {
            if (key != null) {
                Arrays.fill(key.array(), (byte) 0);
            }
        }
        if (problem != null) {
            throw new IOException(file + " is not a Cutover secure-storage key (it " + problem + "), so the "
                    + "certificate passwords stored with it cannot be decrypted. To start over, delete " + file
                    + " and enter the passwords again.");
        }
        CharBuffer chars = StandardCharsets.US_ASCII.decode(ByteBuffer.wrap(text, 0, length));
        char[] password = new char[chars.remaining()];
        chars.get(password);
        Arrays.fill(chars.array(), '\0');
        return password;
    }

    private static int trimmedLength(byte[] text) {
        int end = text.length;
        while (end > 0 && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        return end;
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    permissions))};
        }
        return new FileAttribute<?>[0]; // Windows: the file inherits the user profile's ACLs
    }
}
