package cutover.connection;

/**
 * Secure storage could not keep or give back a secret. Its message says why in words a specialist can act on, and
 * never contains the secret.
 */
public final class SecretStoreException extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean unavailable;

    /**
     * @param unavailable true when secure storage cannot work until something on this machine is fixed (no
     *        password provider, an unusable key file), as opposed to one failed read or write
     */
    public SecretStoreException(String message, boolean unavailable, Throwable cause) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** Whether secure storage cannot work until something on this machine is fixed, so asking again will not help. */
    public boolean unavailable() {
        return unavailable;
    }
}
