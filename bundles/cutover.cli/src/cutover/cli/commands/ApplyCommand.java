package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.graph.ApplyRun;
import cutover.graph.GraphException;
import cutover.graph.PlanWrites;
import cutover.graph.SnapshotReader;
import cutover.graph.WritePacer;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalException;
import cutover.store.RunKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.plan.OathSeedFileReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code cutover apply PLAN --tenant …}: writes a plan to Entra ID, journaled and resumable. */
public final class ApplyCommand implements Command {

    @Override
    public String name() {
        return "apply";
    }

    @Override
    public String summary() {
        return "write a plan's writes to the tenant, journaled in the workspace (resumable with --resume)";
    }

    @Override
    public String help() {
        return """
                Usage: cutover apply PLAN.json --tenant T [--resume RUN] [--seed-file CSV]

                Sends the plan's writes to the tenant the plan was made for (the tenant id in the plan must be the
                tenant's), in $batches, inside Graph's write budget (3,000 writes per 150 s), and records each
                write in the workspace journal before and after it is sent. A run that stops (Ctrl+C, network,
                crash) is continued with --resume RUN: writes already confirmed are never sent again, and writes
                that were sent without an answer are read back first. "cutover runs" lists the runs.
                Hardware OATH tokens are created (beta API) from the vendor's seed file given with --seed-file,
                assigned to their user in the same request; the secrets stay in memory for the run and are never
                written anywhere. Without the seed file's row a token is recorded as failed with that reason.
                Exit code 0 when every write is confirmed, 3 when some were refused or are left.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Set<String> options = new HashSet<>(TenantSession.OPTIONS);
        options.add("resume");
        options.add("seed-file");
        Args args = Args.parse(words, options, TenantSession.FLAGS);
        if (args.positional().size() != 1) {
            throw new UsageException("give the plan file: cutover apply PLAN.json --tenant T");
        }
        Path planFile = Path.of(args.positional().get(0));
        long resume = args.number("resume", -1, 1, Long.MAX_VALUE);
        if (Workspace.folder() == null) {
            err.println("cutover apply: no workspace; start the command through the cutover launcher");
            return ExitCode.FAILURE;
        }
        PlanWrites.Writes writes;
        Map<String, char[]> secrets = Map.of();
        try {
            writes = PlanWrites.read(planFile);
            String seedFile = args.string("seed-file", null);
            if (seedFile != null) {
                List<ImportProblem> problems = new ArrayList<>();
                secrets = new OathSeedFileReader().readSecrets(Path.of(seedFile), problems::add);
                problems.forEach(err::println);
            }
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        try {
            return apply(args, planFile, resume, writes, secrets, out, err);
        } finally {
            secrets.values().forEach(secret -> Arrays.fill(secret, '\0'));
        }
    }

    private int apply(Args args, Path planFile, long resume, PlanWrites.Writes writes, Map<String, char[]> secrets,
            PrintStream out, PrintStream err) throws UsageException {
        try (TenantSession tenant = TenantSession.open(args, out);
                Journal journal = Journal.open(Workspace.folder())) {
            boolean tokens = !secrets.isEmpty();
            if (!tenant.preflight(err, tokens ? new cutover.graph.Preflight.Operation[] {
                cutover.graph.Preflight.Operation.SNAPSHOT, cutover.graph.Preflight.Operation.APPLY,
                cutover.graph.Preflight.Operation.APPLY_HARDWARE_OATH}
                    : new cutover.graph.Preflight.Operation[] {cutover.graph.Preflight.Operation.SNAPSHOT,
                        cutover.graph.Preflight.Operation.APPLY})) {
                return ExitCode.FAILURE;
            }
            String tenantId = new SnapshotReader(tenant.connection()).tenantId();
            if (writes.tenantId() != null && !writes.tenantId().equalsIgnoreCase(tenantId)) {
                err.println("cutover apply: the plan was made for tenant " + writes.tenantId() + ", but "
                        + tenant.name() + " is tenant " + tenantId + "; nothing was written");
                return ExitCode.BAD_INPUT;
            }
            long run = resume > 0 ? resume
                    : journal.startRun(RunKind.APPLY, null, tenantId, planFile.toString(), writes.writes());
            out.printf(Locale.US, "Run %d: %,d writes to %s%s%n", run, journal.entries(run).size(), tenant.name(),
                    resume > 0 ? " (resumed)" : "");
            out.flush();
            long confirmedBefore = journal.entries(run).stream().filter(e -> e.state() == EntryState.CONFIRMED)
                    .count();
            long started = System.nanoTime();
            int[] sentBefore = {-1};
            List<JournalEntry> entries = new ApplyRun(tenant.connection(), journal, WritePacer.documented(), 4,
                    secrets)
                    .run(run, new NullProgressMonitor(), p -> {
                        double seconds = (System.nanoTime() - started) / 1e9;
                        if (sentBefore[0] < 0) {
                            sentBefore[0] = p.confirmed() - 200;
                        }
                        double rate = (p.confirmed() - sentBefore[0]) / Math.max(seconds, 1e-3);
                        out.printf(Locale.US, "  %,d confirmed, %,d failed, %,d to go, %.0f writes/s, ETA %s, "
                                + "%,d throttled, budget used %.0f %%%n", p.confirmed(), p.failed(), p.remaining(),
                                rate, eta(p.remaining(), rate), p.throttled(), p.limitPercentage() * 100);
                        out.flush();
                    });
            return report(run, entries, confirmedBefore, (System.nanoTime() - started) / 1e9, out, err);
        } catch (GraphException | JournalException | IOException e) {
            err.println("cutover apply: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static String eta(int remaining, double rate) {
        if (rate <= 0) {
            return "unknown";
        }
        long seconds = (long) (remaining / rate);
        return seconds < 60 ? seconds + " s" : String.format(Locale.US, "%d min %02d s", seconds / 60, seconds % 60);
    }

    private static int report(long run, List<JournalEntry> entries, long confirmedBefore, double seconds,
            PrintStream out, PrintStream err) {
        long confirmed = entries.stream().filter(e -> e.state() == EntryState.CONFIRMED).count();
        List<JournalEntry> failed = entries.stream().filter(e -> e.state() == EntryState.FAILED).toList();
        long left = entries.size() - confirmed - failed.size();
        out.printf(Locale.US, "Run %d: %,d of %,d writes confirmed, %,d failed, %,d not sent, in %.1f s "
                + "(%.0f writes/s)%n", run, confirmed, entries.size(), failed.size(), left, seconds,
                (confirmed - confirmedBefore) / Math.max(seconds, 1e-3));
        failed.stream().limit(20).forEach(e -> err.println("  " + e.write().upn() + " " + e.write().httpMethod()
                + " " + e.write().path() + ": " + e.error()));
        if (failed.size() > 20) {
            err.printf(Locale.US, "  … and %,d more; \"cutover runs\" shows the run%n", failed.size() - 20);
        }
        return confirmed == entries.size() ? ExitCode.OK : ExitCode.FAILURE;
    }
}
