package cutover.cli;

import cutover.connection.DemoTenant;
import cutover.graph.CloudProfile;
import cutover.graph.Credentials;
import cutover.graph.GraphConnection;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * The tenant a command talks to, from its {@code --tenant} option:
 * <ul>
 * <li>{@code demo}: the embedded local tenant of the workspace ({@code demo-tenant.json}), started for the command
 * and saved after it; the first time it is generated to match the demo export (seed 42, 100,000 users); when
 * the workbench (or another command) serves it already, the command talks to that one;</li>
 * <li>{@code http://127.0.0.1:PORT}: a local tenant already running ({@code cutover emulator});</li>
 * <li>a tenant id or domain: Microsoft Entra ID, signed in with the browser, a device code or a certificate.</li>
 * </ul>
 */
public final class TenantSession implements AutoCloseable {

    /** The options every command with {@code --tenant} accepts. */
    public static final Set<String> OPTIONS = Set.of("tenant", "client-id", "cloud", "certificate", "demo-users",
            "demo-seed");
    public static final Set<String> FLAGS = Set.of("device-code");
    public static final String HELP = """
                --tenant T        demo (the workspace's local demo tenant), http://127.0.0.1:PORT (a running
                                  "cutover emulator"), or a tenant id or domain of Microsoft Entra ID
                --client-id ID    the app registration to sign in with (Entra ID only)
                --cloud C         global (default), usgov, dod or china
                --device-code     sign in with a code on another device instead of the browser
                --certificate F   sign in unattended with the app's certificate (.pem, or .pfx with the
                                  password in $CUTOVER_CERTIFICATE_PASSWORD)
            """;

    private final GraphConnection connection;
    private final DemoTenant demo;
    private final String name;

    private TenantSession(GraphConnection connection, DemoTenant demo, String name) {
        this.connection = connection;
        this.demo = demo; // saved on close, and by DemoTenant itself on Ctrl+C or TERM
        this.name = name;
    }

    public static TenantSession open(Args args, PrintStream out) throws UsageException, IOException {
        String tenant = args.required("tenant");
        if (tenant.equals("demo")) {
            return demo(args, out);
        }
        if (tenant.startsWith("http://") || tenant.startsWith("https://")) {
            URI endpoint = URI.create(tenant);
            return new TenantSession(GraphConnection.local(CloudProfile.custom("Local tenant", endpoint),
                    "local-tenant"), null, "the local tenant at " + endpoint);
        }
        CloudProfile cloud;
        try {
            cloud = CloudProfile.named(args.string("cloud", "global"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String clientId = args.required("client-id");
        String certificate = args.string("certificate", null);
        var credential = certificate != null
                ? Credentials.certificate(cloud, tenant, clientId, Path.of(certificate),
                        System.getenv().getOrDefault("CUTOVER_CERTIFICATE_PASSWORD", "").toCharArray())
                : args.flag("device-code") ? Credentials.deviceCode(cloud, tenant, clientId, out::println)
                        : Credentials.browser(cloud, tenant, clientId);
        return new TenantSession(GraphConnection.signIn(cloud, credential), null,
                "tenant " + tenant + " (" + cloud.name() + ")");
    }

    private static TenantSession demo(Args args, PrintStream out) throws UsageException, IOException {
        Path workspace = Workspace.folder();
        if (workspace == null) {
            throw new UsageException("--tenant demo needs the workspace: start the command through the cutover "
                    + "launcher");
        }
        long seed = args.number("demo-seed", DemoTenant.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        int users = (int) args.number("demo-users", DemoTenant.DEFAULT_USERS, 1, 2_000_000);
        DemoTenant demo = DemoTenant.open(workspace, seed, users, out::println);
        return new TenantSession(demo.connection(), demo, demo.owned() ? "the demo tenant"
                : "the demo tenant (" + demo.location() + ")");
    }

    /**
     * Checks that the signed-in token allows the operations; prints what is missing and returns false. A local
     * tenant checks no permissions, so it always passes.
     */
    public boolean preflight(PrintStream err, cutover.graph.Preflight.Operation... operations) {
        cutover.graph.TokenClaims claims = connection.claims();
        if (claims == null) {
            return true;
        }
        java.util.List<String> missing = cutover.graph.Preflight.missing(claims, operations);
        if (!missing.isEmpty()) {
            err.println("The sign-in for " + name + " lacks what this command needs; nothing was read or written:");
            missing.forEach(m -> err.println("  - " + m));
            err.println("Ask an administrator of the tenant to grant it (admin consent for permissions).");
        }
        return missing.isEmpty();
    }

    public GraphConnection connection() {
        return connection;
    }

    /** For messages: "the demo tenant", "tenant contoso.com (Global)". */
    public String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        if (demo != null) {
            demo.close();
        }
    }
}
