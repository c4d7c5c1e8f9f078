package cutover.connection;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The workbench's tenant connection, one at a time. A service: parts and handlers share it, and it closes what it
 * opened (the demo tenant) when the workbench stops.
 */
public interface Connections {

    /** The connection in use, if any. */
    Optional<TenantConnection> current();

    /**
     * Connects to the workspace's demo tenant, creating it on first use; blocks while the tenant loads (seconds for
     * 100,000 users), so never call it from the UI thread.
     *
     * @throws java.io.UncheckedIOException when the demo tenant cannot be read or saved
     */
    TenantConnection connectDemo();

    /** Uses {@code connection} from now on (a tenant signed in elsewhere, or a local tenant's address). */
    void use(TenantConnection connection);

    /** Stops using the current connection; the demo tenant is saved and stopped. */
    void disconnect();

    /** Told, on the thread that made the change, of every new connection or of {@code null} after a disconnect. */
    void addListener(Consumer<TenantConnection> listener);

    void removeListener(Consumer<TenantConnection> listener);
}
