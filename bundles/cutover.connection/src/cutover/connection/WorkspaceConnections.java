package cutover.connection;

import cutover.core.workspace.WorkspaceFolder;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.graph.TenantOverview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link Connections} of the workspace named by the {@code cutover.workspace} system property (set by the
 * launcher), or of {@code ~/.cutover/workspace}. A DS component (OSGI-INF/cutover.connection.WorkspaceConnections.xml)
 * that saves and stops the demo tenant when deactivated, at the latest when the workbench stops. Its profiles keep
 * certificate passwords in the user's Equinox secure storage.
 */
public final class WorkspaceConnections implements Connections {

    private final CopyOnWriteArrayList<Consumer<TenantConnection>> listeners = new CopyOnWriteArrayList<>();
    private final Supplier<Path> workspace;
    private final SecretStore secrets;
    private final Object profilesLock = new Object();
    private TenantConnection current;
    private DemoTenant demo;
    private TenantProfiles profiles;

    /** For Declarative Services: the launcher's workspace and the default secure storage. */
    public WorkspaceConnections() {
        this(WorkspaceFolder::current, EquinoxSecretStore.platformDefault());
    }

    WorkspaceConnections(Supplier<Path> workspace, SecretStore secrets) {
        this.workspace = workspace;
        this.secrets = secrets;
    }

    @Override
    public synchronized Optional<TenantConnection> current() {
        return Optional.ofNullable(current);
    }

    @Override
    public TenantConnection connectDemo() {
        TenantConnection connection;
        synchronized (this) {
            if (demo != null && current != null && current.graph() == demo.connection()) {
                return current;
            }
            closeDemo();
            try {
                demo = DemoTenant.open(workspace.get(), DemoTenant.DEFAULT_SEED, DemoTenant.DEFAULT_USERS,
                        message -> { });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the demo tenant: " + e.getMessage(), e);
            }
            connection = new TenantConnection(DemoTenant.NAME, demo.location(), demo.connection());
            current = connection;
        }
        listeners.forEach(listener -> listener.accept(connection));
        return connection;
    }

    /** Not under this object's lock, which a demo tenant being generated holds for seconds. */
    @Override
    public TenantProfiles profiles() {
        synchronized (profilesLock) {
            if (profiles == null) {
                profiles = new TenantProfiles(workspace.get(), secrets);
            }
            return profiles;
        }
    }

    @Override
    public TenantConnection connect(TenantProfile profile, SignInPrompt prompt) {
        List<TenantProfile.Problem> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(profile.name() + ": " + problems.get(0).message());
        }
        if (profile.isDemo()) {
            try {
                return connectDemo();
            } catch (UncheckedIOException e) {
                throw new SignInException(e.getMessage(), e);
            }
        }
        TenantConnection connection = new TenantConnection(profile.name(), profile.describe(),
                profile.kind() == TenantProfile.Kind.LOCAL_URL ? local(profile) : signIn(profile, prompt));
        if (prompt.cancelled()) {
            throw new CancellationException("Connecting to " + profile.name() + " stopped.");
        }
        use(connection);
        return connection;
    }

    /** A local tenant accepts any token; asking for its id tells whether one answers at the address at all. */
    private static GraphConnection local(TenantProfile profile) {
        URI address = URI.create(profile.tenant());
        GraphConnection graph = GraphConnection.local(CloudProfile.custom(profile.name(), address), "local-tenant");
        try {
            TenantOverview.tenantId(graph);
        } catch (RuntimeException e) {
            throw new SignInException("No local tenant answers at " + address + ": " + EntraSignIn.brief(e), e);
        }
        return graph;
    }

    private GraphConnection signIn(TenantProfile profile, SignInPrompt prompt) {
        char[] password = null;
        try {
            if (profile.needsCertificatePassword()) {
                password = profiles().certificatePassword(profile.name());
            }
            return EntraSignIn.signIn(profile, password, prompt);
        } catch (SecretStoreException e) {
            throw new SignInException(e.getMessage(), e);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public void use(TenantConnection connection) {
        synchronized (this) {
            closeDemo();
            current = connection;
        }
        listeners.forEach(listener -> listener.accept(connection));
    }

    @Override
    public void disconnect() {
        synchronized (this) {
            closeDemo();
            current = null;
        }
        listeners.forEach(listener -> listener.accept(null));
    }

    @Override
    public void addListener(Consumer<TenantConnection> listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Consumer<TenantConnection> listener) {
        listeners.remove(listener);
    }

    synchronized void deactivate() {
        closeDemo();
        current = null;
    }

    private void closeDemo() {
        if (demo == null) {
            return;
        }
        try {
            demo.close();
        } catch (IOException e) {
            // the demo tenant keeps its last saved state; nothing of a real tenant is at stake
            System.err.println("cutover: cannot save the demo tenant: " + e.getMessage());
        } finally {
            demo = null;
        }
    }

}
