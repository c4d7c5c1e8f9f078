package cutover.cli.bench;

import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.TenantSnapshot;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.ApplyRun;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.PlanWrites;
import cutover.graph.SnapshotReader;
import cutover.graph.WritePacer;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalWrite;
import cutover.store.RunKind;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.core.runtime.NullProgressMonitor;

/** Graph speed against the local tenant: sustained writes under the write budget, and paging through members. */
public final class GraphBenchmark {

    private static final int BUDGET_WRITES = 3_000;
    private static final double BUDGET_SECONDS = 150;

    private final PrintStream out;

    public GraphBenchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * Applies the plan of N users to a local tenant that enforces 3,000 writes per 150 s, its clock running
     * {@code timeScale} times faster, and prints the sustained write rate after the first full bucket.
     */
    public void writes(int users, double timeScale) throws IOException {
        LocalTenant tenant = LocalTenant.synthetic(1, users);
        double window = BUDGET_SECONDS / timeScale;
        double limit = BUDGET_WRITES / window;
        EmulatorOptions options = EmulatorOptions.builder().port(0).writeCapacity(BUDGET_WRITES)
                .writeWindow(Duration.ofSeconds((long) BUDGET_SECONDS)).timeScale(timeScale).build();
        Path workspace = Files.createTempDirectory("cutover-bench-writes");
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options);
                Journal journal = Journal.open(workspace)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "bench");
            TenantSnapshot snapshot = tenant.snapshot();
            List<MfaServerUser> mfa = new SyntheticMfaServerUsers(1).users(users).toList();
            Plan plan = new MigrationPlanner().plan(new UserMatcher(snapshot.users(), null).match(mfa), snapshot,
                    Map.of(), PlanOptions.defaults(), MigrationHistory.empty());
            List<JournalWrite> writes = PlanWrites.of(plan);
            out.printf(Locale.US, "%,d writes for %,d users; budget %,d writes per %.1f s (150 s at time scale %.0f)"
                    + " = %.0f writes/s%n", writes.size(), users, BUDGET_WRITES, window, timeScale, limit);
            long run = journal.startRun(RunKind.APPLY, null, snapshot.tenantId(), "bench", writes);
            long started = System.nanoTime();
            List<cutover.store.JournalEntry> entries = new ApplyRun(connection, journal,
                    WritePacer.scaled(timeScale), 4).run(run, new NullProgressMonitor(), p -> { });
            long ended = System.nanoTime();
            long confirmed = entries.stream().filter(e -> e.state() == EntryState.CONFIRMED).count();
            // the tenant's bucket starts full: what goes beyond it over the whole run is the sustained rate
            double steady = (confirmed - BUDGET_WRITES) / ((ended - started) / 1e9);
            out.printf(Locale.US, "Confirmed %,d of %,d writes in %.1f s; throttled answers (429): %,d%n", confirmed,
                    writes.size(), (ended - started) / 1e9, connection.meter().throttledResponses());
            out.printf(Locale.US, "Sustained beyond the first full bucket: %.1f writes/s = %.1f %% of the budget "
                    + "(goal ≥ 95 %%, no 429 storms)%n", steady, 100 * steady / limit);
        } finally {
            delete(workspace);
        }
    }

    /** Reads the migration group's members of an N-user local tenant answering each call after {@code latencyMs}. */
    public void members(int users, int latencyMs) throws IOException {
        LocalTenant tenant = LocalTenant.synthetic(1, users);
        EmulatorOptions options = EmulatorOptions.builder().port(0).latency(Duration.ofMillis(latencyMs)).build();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "bench");
            SnapshotReader reader = new SnapshotReader(connection);
            GroupRef group = reader.findGroups("Cutover Migration").get(0);
            long started = System.nanoTime();
            int read = reader.members(group, new NullProgressMonitor()).size();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.US, "Read %,d transitive members of \"%s\" (nested groups) in %.2f s, %,d requests "
                    + "at %d ms each (goal ≤ 10 s for 50,000)%n", read, group.displayName(), seconds,
                    connection.meter().requests() - 1, latencyMs);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
