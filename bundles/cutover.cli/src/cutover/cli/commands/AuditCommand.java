package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.core.audit.AuditColumn;
import cutover.core.audit.AuditDaily;
import cutover.core.audit.AuditFilter;
import cutover.core.audit.AuditLog;
import cutover.graph.GraphException;
import cutover.graph.Preflight;
import cutover.migration.audit.AuditFetch;
import cutover.migration.audit.AuditLogLoader;
import cutover.migration.audit.AuditReport;
import cutover.store.JournalException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code cutover audit fetch|export}: Entra ID's migration audit events into the workspace, and out as a report. */
public final class AuditCommand implements Command {

    private static final Set<String> EXPORT_OPTIONS = Set.of("out", "format", "from", "to", "user", "activity",
            "initiator", "method", "source");

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "fetch Entra ID's migration audit events into the workspace, or export them with our journal";
    }

    @Override
    public String help() {
        return """
                Usage: cutover audit fetch --tenant T [--since WHEN]
                       cutover audit export --out FILE [--format csv|json|html] [filters]

                fetch   reads Entra ID's directory audits of migration activity (the MFA service's app under both
                        its names, Cutover's own app, Staged Rollout) at the reports limit (5 requests per 10 s)
                        and keeps them in the workspace's archive, so they outlive Entra ID's 7 or 30 days.
                        Without --since it continues where the last complete fetch ended (less 15 minutes);
                        the first fetch reaches 30 days back. Needs AuditLog.Read.All and the Reports Reader
                        role (or Security Reader, Global Reader).
                        --since WHEN      2026-10-01, 2026-10-01T08:00:00Z, or an age: 7d, 12h, 30m
                export  writes the archive's events and the journal's writes, oldest first, as CSV, JSON or an
                        HTML report with the per-day summary (users migrated, changes by method).
                        --format F        csv, json or html (default: from the file's extension)
                        --from/--to WHEN  the time range (from inclusive, to exclusive)
                        --user TEXT       part of the user's UPN, or their object id
                        --activity A      the activity, for example "Update user"
                        --initiator I     the app or user that made the change
                        --method M        sms, push, otp, voice-mobile, voice-office, voice-alternate or a code
                        --source S        entra or journal
                The workspace is $CUTOVER_WORKSPACE, else ~/.cutover/workspace.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (words.isEmpty()) {
            throw new UsageException("say what to do: cutover audit fetch … or cutover audit export …");
        }
        List<String> rest = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "fetch" -> fetch(rest, out, err);
            case "export" -> export(rest, out, err);
            default -> throw new UsageException("unknown audit action \"" + words.get(0) + "\": fetch or export");
        };
    }

    private static int fetch(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Args.with(TenantSession.OPTIONS, "since"), TenantSession.FLAGS);
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Instant since = AuditArgs.time(args, "since", Instant.now());
        Path workspace = Workspace.required();
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (!tenant.preflight(err, Preflight.Operation.READ_AUDIT_LOGS)) {
                return ExitCode.FAILURE;
            }
            out.println("Fetching migration audit events from " + tenant.name() + " (at most 5 requests per 10 s) …");
            AuditFetch.Result result = new AuditFetch(tenant.connection(), workspace).run(since,
                    tenant.connection().appId(), new NullProgressMonitor() {
                        @Override
                        public void subTask(String name) {
                            out.println("  " + name);
                        }
                    });
            out.printf(Locale.US, "Read %,d events from %s to %s: %,d new. The archive holds %,d events.%n",
                    result.read(), result.from(), result.to(), result.added(), result.archived());
            return ExitCode.OK;
        } catch (GraphException | JournalException e) {
            err.println("cutover audit fetch: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println("cutover audit fetch: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static int export(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, EXPORT_OPTIONS, Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Path file = args.path("out");
        AuditReport.Format format = format(args, file);
        AuditFilter filter = AuditArgs.filter(args, Instant.now());
        Path workspace = Workspace.required();
        try {
            AuditLog log = AuditLogLoader.load(workspace, new NullProgressMonitor());
            int[] rows = log.select(filter, AuditColumn.TIME, true, () -> false);
            AuditReport.write(log, rows, AuditDaily.of(log, rows), format, file);
            out.printf(Locale.US, "Wrote %,d of %,d events to %s%n", rows.length, log.size(), file);
            return ExitCode.OK;
        } catch (JournalException e) {
            err.println("cutover audit export: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println("cutover audit export: cannot write " + file + ": " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("cutover audit export: interrupted");
            return ExitCode.FAILURE;
        }
    }

    private static AuditReport.Format format(Args args, Path file) throws UsageException {
        String option = args.string("format", null);
        if (option != null) {
            AuditReport.Format named = AuditReport.Format.named(option);
            if (named == null) {
                throw new UsageException("option --format takes csv, json or html, not \"" + option + "\"");
            }
            return named;
        }
        AuditReport.Format guessed = AuditReport.Format.ofFile(file);
        if (guessed == null) {
            throw new UsageException("give --format csv, json or html (the file name " + file.getFileName()
                    + " does not say)");
        }
        return guessed;
    }
}
