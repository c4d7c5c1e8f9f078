package cutover.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Microsoft Graph for one tenant, in the spirit of Azurite: the users, groups, authentication method,
 * domain federation, Staged Rollout and audit log endpoints Cutover uses, under {@code /v1.0} and {@code /beta},
 * on 127.0.0.1 only. Every call needs {@code Authorization: Bearer <anything>}; tokens are not checked further.
 *
 * <p>Writes are limited like Graph's per app and tenant (a token bucket, 3,000 per 150 s by default, optionally
 * sped up by {@link EmulatorOptions#timeScale()}), and so are reads of the audit log, a Graph report (5 requests
 * per 10 s, sped up alike). Other reads are not limited, but every successful answer reports its
 * {@code x-ms-resource-unit} cost, and once more than 80 % of the write budget is in use also
 * {@code x-ms-throttle-limit-percentage} and {@code x-ms-throttle-scope}. {@link FaultRates} inject failures.
 * {@code GET /_emulator/stats} (no token) returns the {@link WriteStats}.
 *
 * <p>See {@code docs/local-tenant.md} for the endpoint list and where the emulator differs from Graph.
 */
public final class GraphEmulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GraphEmulator.class.getName());
    private static final int BACKLOG = 256;

    private final LocalTenant tenant;
    private final EmulatorOptions options;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private boolean closed;

    private GraphEmulator(LocalTenant tenant, EmulatorOptions options) throws IOException {
        this.tenant = tenant;
        this.options = options;
        Routes routes = new Routes();
        new DirectoryEndpoints(tenant).register(routes);
        new PhoneMethodEndpoints(tenant).register(routes);
        new AppMethodEndpoints(tenant).register(routes);
        new SignInPreferenceEndpoints(tenant).register(routes);
        new HardwareOathEndpoints(tenant).register(routes);
        new PolicyEndpoints(tenant).register(routes);
        new DomainEndpoints(tenant).register(routes);
        new FeatureRolloutEndpoints(tenant).register(routes);
        new DirectoryAuditEndpoints(tenant).register(routes);
        WriteBudget budget = new WriteBudget(options.writeCapacity(), options.scaledWriteWindow(), System::nanoTime);
        WriteBudget reportsBudget = new WriteBudget(options.reportsCapacity(), options.scaledReportsWindow(),
                System::nanoTime);
        FaultInjector faults = new FaultInjector(options.faults(), options.randomSeed());
        GraphDispatcher dispatcher = new GraphDispatcher(routes, tenant, budget, reportsBudget, faults);
        HttpFrontEnd frontEnd = new HttpFrontEnd(dispatcher, tenant, faults, options.latency());

        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()),
                BACKLOG);
        executor = Executors.newFixedThreadPool(options.threads(), daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", frontEnd);
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        frontEnd.baseUrl(baseUrl);
        server.start();
    }

    /**
     * Starts with the tenant of {@link EmulatorOptions#stateFile()} when that file exists, otherwise with
     * {@link LocalTenant#synthetic(long, int)} of the options' seed and user count.
     */
    public static GraphEmulator start(EmulatorOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        LocalTenant tenant = options.stateFile() != null && Files.exists(options.stateFile())
                ? LocalTenant.load(options.stateFile())
                : LocalTenant.synthetic(options.seed(), options.users());
        return start(tenant, options);
    }

    /** Serves the given tenant; the options' seed, user count and state file (for loading) are not used. */
    public static GraphEmulator start(LocalTenant tenant, EmulatorOptions options) throws IOException {
        return new GraphEmulator(Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(options, "options"));
    }

    /** For example {@code http://127.0.0.1:53127}; Graph paths go below it ({@code /v1.0/users}). */
    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public LocalTenant tenant() {
        return tenant;
    }

    public EmulatorOptions options() {
        return options;
    }

    /** The write counts so far, as {@code GET /_emulator/stats} returns them. */
    public WriteStats stats() {
        return tenant.writes().stats();
    }

    /** Stops serving (calls in progress are cut off) and saves the tenant to the state file when there is one. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Graph emulator threads did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (options.stateFile() != null) {
            try {
                tenant.save(options.stateFile());
            } catch (IOException e) {
                throw new UncheckedIOException("could not save the emulator tenant to " + options.stateFile(), e);
            }
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "graph-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
