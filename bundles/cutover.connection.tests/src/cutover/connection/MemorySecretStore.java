package cutover.connection;

import java.util.HashMap;
import java.util.Map;

/** A secret store for tests: in memory, or one that behaves like secure storage without a password provider. */
final class MemorySecretStore implements SecretStore {

    final Map<String, String> values = new HashMap<>();
    private final boolean unavailable;

    MemorySecretStore(boolean unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    public void put(String profile, char[] secret) throws SecretStoreException {
        check();
        values.put(profile, new String(secret));
    }

    @Override
    public char[] get(String profile) throws SecretStoreException {
        check();
        String value = values.get(profile);
        return value == null ? null : value.toCharArray();
    }

    @Override
    public boolean contains(String profile) throws SecretStoreException {
        check();
        return values.containsKey(profile);
    }

    @Override
    public void remove(String profile) throws SecretStoreException {
        check();
        values.remove(profile);
    }

    private void check() throws SecretStoreException {
        if (unavailable) {
            throw new SecretStoreException("Secure storage has no master password on this machine.", true, null);
        }
    }
}
