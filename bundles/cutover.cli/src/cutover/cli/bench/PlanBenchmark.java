package cutover.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;

import cutover.core.matching.MatchReport;
import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.synthetic.SyntheticTenant;
import cutover.core.tenant.TenantSnapshot;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportReader;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.importers.mfaserver.TenantSnapshotReader;
import cutover.importers.mfaserver.TenantSnapshotWriter;

/** Planning speed: N MFA Server users against an N-user tenant snapshot, parsing reported apart. */
public final class PlanBenchmark {

    private final PrintStream out;

    public PlanBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int users, long seed, int rounds) throws IOException {
        Path dir = Files.createTempDirectory("cutover-bench-plan");
        Path export = dir.resolve("mfaserver.csv");
        Path snapshot = dir.resolve("tenant.jsonl");
        try {
            out.printf(Locale.US, "Generating %,d users and the matching tenant snapshot (seed %d) …%n", users, seed);
            new MfaServerExportWriter(ExportEncoding.CSV).write(export, new SyntheticMfaServerUsers(seed).users(users));
            new TenantSnapshotWriter().write(snapshot, new SyntheticTenant(seed).snapshot(users));

            long t0 = System.nanoTime();
            List<MfaServerUser> mfa = new ArrayList<>(users);
            new MfaServerExportReader().read(export, mfa::add, p -> { }, new NullProgressMonitor());
            long t1 = System.nanoTime();
            TenantSnapshot tenant = new TenantSnapshotReader().read(snapshot, p -> { });
            long t2 = System.nanoTime();
            out.printf(Locale.US, "Parsing (reported apart): export %,d ms, tenant snapshot %,d ms%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);

            plan(mfa, tenant); // warm-up
            long[] matching = new long[rounds];
            long[] planning = new long[rounds];
            int actions = 0;
            for (int i = 0; i < rounds; i++) {
                long a = System.nanoTime();
                MatchReport matches = new UserMatcher(tenant.users(), null).match(mfa);
                long b = System.nanoTime();
                Plan plan = new MigrationPlanner().plan(matches, tenant, Map.of(), PlanOptions.defaults(),
                        MigrationHistory.empty());
                long c = System.nanoTime();
                matching[i] = b - a;
                planning[i] = c - b;
                actions = plan.actions().size();
                out.printf(Locale.US, "  round %d: matching %,d ms, planning %,d ms (%,d actions)%n", i + 1,
                        matching[i] / 1_000_000, planning[i] / 1_000_000, actions);
            }
            long match = ImportBenchmark.median(matching);
            long plan = ImportBenchmark.median(planning);
            out.printf(Locale.US, "Matching %,d × %,d users: %,d ms (median of %d)%n", mfa.size(), tenant.users().size(),
                    match / 1_000_000, rounds);
            out.printf(Locale.US, "Planning:                       %,d ms (median of %d)%n", plan / 1_000_000, rounds);
            out.printf(Locale.US, "Matching + planning:            %,d ms  (goal ≤ 2000 ms; %,d actions)%n",
                    (match + plan) / 1_000_000, actions);
        } finally {
            Files.deleteIfExists(export);
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(dir);
        }
    }

    private static void plan(List<MfaServerUser> mfa, TenantSnapshot tenant) {
        MatchReport matches = new UserMatcher(tenant.users(), null).match(mfa);
        new MigrationPlanner().plan(matches, tenant, Map.of(), PlanOptions.defaults(), MigrationHistory.empty());
    }
}
