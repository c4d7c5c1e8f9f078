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

    /** The workspace's tenant profiles: the demo tenant first (the default), then the saved ones. */
    TenantProfiles profiles();

    /**
     * Connects to the profile's tenant and uses it from now on: the demo tenant through {@link #connectDemo()}, a
     * local tenant at its address (checked to answer), an Entra ID tenant by signing in (the browser opens, or the
     * device code goes to {@code prompt}). Blocks until signed in, possibly minutes: run it in a Job.
     *
     * @throws IllegalArgumentException when the profile has a problem ({@link TenantProfile#problems()})
     * @throws SignInException when the tenant cannot be reached or the sign-in fails, said in a sentence
     * @throws java.util.concurrent.CancellationException when {@code prompt} asked to stop waiting
     */
    TenantConnection connect(TenantProfile profile, SignInPrompt prompt);

    /** Uses {@code connection} from now on (a tenant signed in elsewhere, or a local tenant's address). */
    void use(TenantConnection connection);

    /** Stops using the current connection; the demo tenant is saved and stopped. */
    void disconnect();

    /** Told, on the thread that made the change, of every new connection or of {@code null} after a disconnect. */
    void addListener(Consumer<TenantConnection> listener);

    void removeListener(Consumer<TenantConnection> listener);
}
