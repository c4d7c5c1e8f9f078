package cutover.connection;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Certificate passwords in Equinox secure storage, encrypted, under {@code cutover/connections/<profile>} with the
 * key {@value #KEY}.
 *
 * <p>Equinox encrypts with a master password that a password provider gives it. Cutover contributes its own,
 * {@link KeyFilePasswordProvider} (a random key in a file of the user's Cutover home), so storing works without a
 * keyring and without asking anybody; an operating system's keyring provider, if the product ever ships one, has a
 * higher priority and wins. It never asks the user ({@link IProviderHints#PROMPT_USER} is false): a prompt from a
 * headless command or a background job would hang. When the key file is unusable the store says which file and what
 * to do, as a {@link SecretStoreException} that is {@link SecretStoreException#unavailable() unavailable}.
 */
public final class EquinoxSecretStore implements SecretStore {

    static final String NODE = "cutover/connections";
    static final String KEY = "certificatePassword";

    private final URL location;
    private final Map<Object, Object> options;
    private ISecurePreferences root;

    private EquinoxSecretStore(URL location, Map<Object, Object> options) {
        this.location = location;
        this.options = options;
    }

    /**
     * Cutover's own secure storage file, {@code secure_storage} in the Cutover home beside the key file, encrypted
     * by the highest-priority password provider. Not Equinox's default file: other Eclipse-based programs of the
     * user share that one, and Equinox rewrites it whole, so their saves could drop Cutover's entries.
     */
    public static EquinoxSecretStore platformDefault() {
        return at(MasterKeyFile.home().resolve("secure_storage"), null);
    }

    /**
     * A storage file of its own, encrypted with {@code masterPassword} instead of a provider's (null: by the
     * password providers, as {@link #platformDefault()}): for tests, and for a machine where the master password
     * comes from elsewhere.
     */
    public static EquinoxSecretStore at(Path file, char[] masterPassword) {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        if (masterPassword != null) {
            options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword));
        }
        try {
            return new EquinoxSecretStore(file.toUri().toURL(), options);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a storage file: " + file, e);
        }
    }

    @Override
    public synchronized void put(String profile, char[] secret) throws SecretStoreException {
        ISecurePreferences node = root().node(path(profile));
        if (!options.containsKey(IProviderHints.DEFAULT_PASSWORD)) {
            KeyFilePasswordProvider.startOverIfKeyLost(root);
        }
        try {
            node.put(KEY, new String(secret), true);
            root.flush();
        } catch (StorageException e) {
            node.remove(KEY); // never leave a value Equinox could not encrypt
            throw translate(e, "keep");
        } catch (KeyFilePasswordProvider.KeyFileException e) {
            node.remove(KEY);
            throw new SecretStoreException(e.getMessage(), true, e);
        } catch (IOException e) {
            throw new SecretStoreException("Secure storage could not save the password: " + e.getMessage(), false, e);
        }
    }

    @Override
    public synchronized char[] get(String profile) throws SecretStoreException {
        ISecurePreferences parent = root();
        if (!parent.nodeExists(path(profile))) {
            return null;
        }
        try {
            String value = parent.node(path(profile)).get(KEY, null);
            return value == null ? null : value.toCharArray();
        } catch (StorageException e) {
            throw translate(e, "read");
        } catch (KeyFilePasswordProvider.KeyFileException e) {
            throw new SecretStoreException(e.getMessage(), true, e);
        }
    }

    @Override
    public synchronized boolean contains(String profile) throws SecretStoreException {
        ISecurePreferences parent = root();
        return parent.nodeExists(path(profile)) && java.util.List.of(parent.node(path(profile)).keys()).contains(KEY);
    }

    @Override
    public synchronized void remove(String profile) throws SecretStoreException {
        ISecurePreferences parent = root();
        if (!parent.nodeExists(path(profile))) {
            return;
        }
        parent.node(path(profile)).removeNode();
        try {
            parent.flush();
        } catch (IOException e) {
            throw new SecretStoreException("Secure storage could not forget the password: " + e.getMessage(), false,
                    e);
        }
    }

    private ISecurePreferences root() throws SecretStoreException {
        if (root == null) {
            try {
                root = SecurePreferencesFactory.open(location, options);
            } catch (IOException | RuntimeException e) {
                throw new SecretStoreException("Secure storage cannot be opened: " + e.getMessage(), true, e);
            }
            if (root == null) {
                throw new SecretStoreException("Secure storage cannot be opened on this machine.", true, null);
            }
        }
        return root;
    }

    private static String path(String profile) {
        return NODE + "/" + EncodingUtils.encodeSlashes(profile);
    }

    private static SecretStoreException translate(StorageException e, String action) {
        return switch (e.getErrorCode()) {
            case StorageException.NO_SECURE_MODULE -> new SecretStoreException("Secure storage has no password "
                    + "provider in this installation (Cutover's own comes with cutover.connection), so the password "
                    + "cannot be kept encrypted.", true, e);
            case StorageException.NO_PASSWORD -> new SecretStoreException("Secure storage got no valid master "
                    + "password: Cutover's key file " + MasterKeyFile.ofUser().path() + " is not the one the "
                    + "passwords were stored with (or another password provider gave none). Put the right key file "
                    + "back, or, to start over, delete it and enter the passwords again.", true, e);
            case StorageException.DECRYPTION_ERROR -> new SecretStoreException("Secure storage cannot decrypt the "
                    + "stored password (its master password changed); enter the password again.", false, e);
            default -> new SecretStoreException("Secure storage could not " + action + " the password ("
                    + e.getMessage() + ").", false, e);
        };
    }
}
