package cutover.connection;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The workspace's demo tenant: a local, Graph-compatible tenant kept in {@code demo-tenant.json}, created from the
 * synthetic generator on first use. One process owns it at a time (a lock file): it serves the tenant and writes its
 * address to {@code demo-tenant.url}; a second process (a command beside the open workbench) attaches to that
 * address instead of loading a copy whose writes would be lost. The owner saves the tenant when closed, and also
 * when the process ends without closing it (Ctrl+C, a TERM signal): the journal would otherwise record writes the
 * tenant no longer has.
 */
public final class DemoTenant implements AutoCloseable {

    public static final String NAME = "Demo tenant";
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_USERS = 100_000;
    static final String STATE_FILE = "demo-tenant.json";
    private static final String LOCK_FILE = "demo-tenant.lock";
    private static final String URL_FILE = "demo-tenant.url";

    private final GraphConnection connection;
    private final String location;
    private final GraphEmulator emulator;
    private final LocalTenant tenant;
    private final Path state;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Thread saveOnExit;
    private boolean closed;

    private DemoTenant(GraphConnection connection, String location, GraphEmulator emulator, LocalTenant tenant,
            Path state, FileChannel lockChannel, FileLock lock) {
        this.connection = connection;
        this.location = location;
        this.emulator = emulator;
        this.tenant = tenant;
        this.state = state;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.saveOnExit = emulator == null ? null : new Thread(this::closeQuietly, "cutover-demo-tenant-save");
        if (saveOnExit != null) {
            Runtime.getRuntime().addShutdownHook(saveOnExit);
        }
    }

    /**
     * Serves the workspace's demo tenant, or attaches to the one another process serves.
     *
     * @param seed and {@code users}: what a new demo tenant is generated from (an existing one is loaded as is)
     * @param log told what happens, for example that a new tenant is being generated
     */
    public static DemoTenant open(Path workspace, long seed, int users, Consumer<String> log) throws IOException {
        Files.createDirectories(workspace);
        FileChannel channel = FileChannel.open(workspace.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this process serves it already
        }
        if (lock == null) {
            channel.close();
            return attach(workspace);
        }
        try {
            Path state = workspace.resolve(STATE_FILE);
            LocalTenant tenant;
            if (Files.isRegularFile(state)) {
                log.accept("Loading the demo tenant from " + state);
                tenant = LocalTenant.load(state);
            } else {
                log.accept(String.format("Creating the demo tenant (%,d users, seed %d) in %s", users, seed, state));
                tenant = LocalTenant.synthetic(seed, users);
                tenant.save(state);
            }
            GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).build());
            Files.writeString(workspace.resolve(URL_FILE), emulator.baseUrl(), StandardCharsets.UTF_8);
            return new DemoTenant(connect(emulator.baseUrl()), "local tenant at " + emulator.baseUrl(), emulator,
                    tenant, state, channel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    private static DemoTenant attach(Path workspace) throws IOException {
        Path url = workspace.resolve(URL_FILE);
        if (!Files.isRegularFile(url)) {
            throw new IOException("the demo tenant of " + workspace + " is in use by another process that has not "
                    + "said its address yet; try again in a moment");
        }
        String address = Files.readString(url, StandardCharsets.UTF_8).strip();
        return new DemoTenant(connect(address), "local tenant at " + address + " (served by another Cutover)", null,
                null, null, null, null);
    }

    private static GraphConnection connect(String baseUrl) {
        return GraphConnection.local(CloudProfile.custom(NAME, URI.create(baseUrl)), "demo-tenant");
    }

    public GraphConnection connection() {
        return connection;
    }

    /** Where the tenant is answered from. */
    public String location() {
        return location;
    }

    /** Whether this process serves the tenant (and saves it on close), rather than attaching to another's. */
    public boolean owned() {
        return emulator != null;
    }

    /** The tenant itself when this process serves it, else null. */
    public LocalTenant tenant() {
        return tenant;
    }

    /** Stops serving and saves the tenant; for an attached tenant, does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed || emulator == null) {
            return;
        }
        closed = true;
        if (Thread.currentThread() != saveOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(saveOnExit);
            } catch (IllegalStateException e) {
                // the process is ending: the hook runs anyway and finds the tenant closed
            }
        }
        try {
            emulator.close();
            tenant.save(state);
        } finally {
            lock.release();
            lockChannel.close();
            Files.deleteIfExists(state.resolveSibling(URL_FILE));
        }
    }

    /** What runs when the process ends without closing this tenant; null for an attached one (for tests). */
    public Thread exitHook() {
        return saveOnExit;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            System.err.println("cutover: cannot save the demo tenant: " + e.getMessage());
        }
    }
}
