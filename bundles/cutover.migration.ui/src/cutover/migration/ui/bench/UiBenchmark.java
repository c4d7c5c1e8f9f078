package cutover.migration.ui.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

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

/**
 * {@code cutover bench ui}: the Group view against an N-user local tenant answering every Graph call after a
 * realistic delay. Measures how long listing the group takes (both sides' columns), how soon the rows on screen
 * show their Entra methods, and the longest UI-thread stall while scrolling, sorting and filtering every row;
 * prints the figures and closes the workbench. Started by the launcher with {@code -Dcutover.bench=ui}.
 */
public final class UiBenchmark {

    public static final String PROPERTY = "cutover.bench";
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

    private final Display display;
    private final WaveBenchDriver view;
    private final Connections connections;
    private final PrintStream out = System.out;
    private final int users = Integer.getInteger("cutover.bench.users", 50_000);
    private final int latency = Integer.getInteger("cutover.bench.latency", 50);

    private UiBenchmark(Display display, WaveBenchDriver view, Connections connections) {
        this.display = display;
        this.view = view;
        this.connections = connections;
    }

    /** Runs the benchmark in its own thread when the property asks for it; the view stays usable meanwhile. */
    public static void startIfAsked(Display display, WaveBenchDriver view, Connections connections) {
        if (!"ui".equals(System.getProperty(PROPERTY))) {
            return;
        }
        Thread thread = new Thread(() -> new UiBenchmark(display, view, connections).runAndExit(), "cutover-bench-ui");
        thread.setDaemon(true);
        thread.start();
    }

    private void runAndExit() {
        int status = 0;
        try {
            run();
        } catch (Exception | AssertionError e) {
            out.println("bench ui failed: " + e);
            status = 1;
        }
        out.flush();
        Runtime.getRuntime().halt(status); // the workbench's own shutdown would save state nobody wants here
    }

    private void run() throws IOException, InterruptedException {
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

    private void ui(Runnable action) {
        display.syncExec(action);
    }

    private void waitFor(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(syncGet(done))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private Boolean syncGet(BooleanSupplier condition) {
        boolean[] result = new boolean[1];
        display.syncExec(() -> result[0] = condition.getAsBoolean());
        return result[0];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
