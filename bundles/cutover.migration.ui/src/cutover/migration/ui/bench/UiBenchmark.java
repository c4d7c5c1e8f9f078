package cutover.migration.ui.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;

import cutover.connection.Connections;
import cutover.connection.TenantConnection;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.migration.ui.wave.WaveBenchDriver;
import cutover.ui.StallMeter;
import cutover.ui.WorkbenchBenchmark;

/**
 * {@code cutover bench ui}: the Group view against an N-user local tenant answering every Graph call after a
 * realistic delay. Measures how long listing the group takes (both sides' columns), how soon the rows on screen
 * show their Entra methods, and the longest UI-thread stall while scrolling, sorting and filtering every row;
 * prints the figures and closes the workbench. Started by the launcher with {@code -Dcutover.bench=ui}.
 */
public final class UiBenchmark extends WorkbenchBenchmark {

    public static final String PROPERTY = "cutover.bench";

    private final WaveBenchDriver view;
    private final Connections connections;
    private final int users = Integer.getInteger("cutover.bench.users", 50_000);
    private final int latency = Integer.getInteger("cutover.bench.latency", 50);

    private UiBenchmark(Display display, WaveBenchDriver view, Connections connections) {
        super("bench ui", display, Duration.ofMinutes(5));
        this.view = view;
        this.connections = connections;
    }

    /** Runs the benchmark in its own thread when the property asks for it; the view stays usable meanwhile. */
    public static void startIfAsked(Display display, WaveBenchDriver view, Connections connections) {
        if ("ui".equals(System.getProperty(PROPERTY))) {
            new UiBenchmark(display, view, connections).start();
        }
    }

    @Override
    protected void run() throws IOException, InterruptedException {
        out.printf(Locale.US, "Generating a %,d-user local tenant and its MFA Server export…%n", users);
        LocalTenant tenant = LocalTenant.synthetic(1, users);
        List<MfaServerUser> export = new SyntheticMfaServerUsers(1).users(users).toList();
        EmulatorOptions options = EmulatorOptions.builder().port(0).latency(Duration.ofMillis(latency)).build();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options);
                StallMeter stalls = new StallMeter(display)) {
            GraphConnection graph = GraphConnection.local(CloudProfile.custom("Bench", URI.create(emulator.baseUrl())),
                    "bench");
            ui(() -> {
                connections.use(new TenantConnection("Bench tenant", "local tenant at " + emulator.baseUrl(), graph));
                view.useExport(export);
            });
            int members = tenant.transitiveUserIds(tenant.groupIds("Cutover Migration").get(0)).size();

            stalls.phase("list the group");
            long started = System.nanoTime();
            ui(() -> view.list("Cutover Migration"));
            waitFor("every member listed", () -> view.rowCount() == members);
            double listed = seconds(started);
            waitFor("the rows on screen with their Entra methods", view::screenMethodsRead);
            double screen = seconds(started);
            out.printf(Locale.US, "Listed %,d members with MFA Server and Entra columns in %.2f s at %d ms per Graph "
                    + "call (goal ≤ 10 s); the rows on screen showed their Entra methods after %.2f s%n", members,
                    listed, latency, screen);

            stalls.phase("scroll through every row");
            for (int step = 0; step <= 50; step++) {
                int row = (int) ((long) members * step / 50);
                ui(() -> view.scrollTo(Math.min(row, members - 1)));
                Thread.sleep(40);
            }
            stalls.phase("sort by each column");
            for (String column : view.sortableColumns()) {
                long before = view.rowsVersion();
                ui(() -> view.sortBy(column));
                waitFor("sorted by " + column, () -> view.rowsVersion() > before);
            }
            stalls.phase("filter as a person types");
            for (String text : List.of("a", "an", "ana", "ana.", "")) {
                long before = view.rowsVersion();
                ui(() -> view.filter(text));
                waitFor("filtered by \"" + text + "\"", () -> view.rowsVersion() > before);
            }
            int read = view.methodsRead();
            out.printf(Locale.US, "Meanwhile Entra methods were read for %,d of %,d members (5 Graph requests each, "
                    + "in $batches of 20, 4 at a time)%n", read, members);
            ui(view::stopReading);
            out.print(stalls.report());
            out.printf(Locale.US, "Longest UI-thread stall while scrolling, sorting and filtering: %d ms (goal ≤ 100 ms)%n",
                    stalls.worst("scroll through every row", "sort by each column", "filter as a person types"));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
