package cutover.connection;

import cutover.core.workspace.WorkspaceFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link Connections} of the workspace named by the {@code cutover.workspace} system property (set by the
 * launcher), or of {@code ~/.cutover/workspace}. A DS component (OSGI-INF/cutover.connection.WorkspaceConnections.xml)
 * that saves and stops the demo tenant when deactivated, at the latest when the workbench stops.
 */
public final class WorkspaceConnections implements Connections {

    private final CopyOnWriteArrayList<Consumer<TenantConnection>> listeners = new CopyOnWriteArrayList<>();
    private TenantConnection current;
    private DemoTenant demo;

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
                demo = DemoTenant.open(WorkspaceFolder.current(), DemoTenant.DEFAULT_SEED, DemoTenant.DEFAULT_USERS,
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
