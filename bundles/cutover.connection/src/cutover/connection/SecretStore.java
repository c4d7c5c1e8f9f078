package cutover.connection;

/**
 * Where a profile's one secret, its certificate password, is kept: encrypted, never in the profiles file, the
 * preferences or a log. The product uses Equinox secure storage ({@link EquinoxSecretStore#platformDefault()});
 * tests use a storage file of their own.
 */
public interface SecretStore {

    /** Keeps {@code secret} for the profile, replacing any earlier one. */
    void put(String profile, char[] secret) throws SecretStoreException;

    /** The profile's secret, or null when none is kept. */
    char[] get(String profile) throws SecretStoreException;

    /** Whether a secret is kept for the profile, without decrypting it. */
    boolean contains(String profile) throws SecretStoreException;

    /** Forgets the profile's secret; nothing happens when none is kept. */
    void remove(String profile) throws SecretStoreException;
}
