package cutover.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.core.matching.MatchAttribute;
import cutover.core.matching.MatchReport;
import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.ActionKind;
import cutover.core.plan.DefaultMethodMode;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.OathSeed;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanOptions;
import cutover.core.tenant.TenantSnapshot;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.mfaserver.MfaServerExportReader;
import cutover.importers.mfaserver.MigrationHistoryFile;
import cutover.importers.mfaserver.TenantSnapshotReader;
import cutover.importers.plan.OathSeedFileReader;
import cutover.importers.plan.PlanWriter;
import cutover.store.Journal;
import cutover.store.JournalException;

/** {@code cutover plan …}: what a migration would write to Entra ID, and why, without writing anything. */
public final class PlanCommand implements Command {


    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "compute the migration plan: every write with its sync rule, and what cannot be migrated";
    }

    @Override
    public String help() {
        return """
                Usage: cutover plan --mfa FILE --tenant SNAPSHOT [--seed-file CSV]
                                    [--default-method always|if-unset|most-secure-if-unset]
                                    [--match-attribute none|sam-account-name|employee-id|mail|distinguished-name|immutable-id]
                                    [--all] [--history FILE] --out FILE

                Matches the MFA Server users to the Entra users of the snapshot (UPN, then the match attribute, then
                SID), applies the migration guide's sync rules and writes the plan; nothing is sent to Entra ID.
                --out FILE        .json (format cutover-plan v1), .csv (one action per row) or .html (a summary)
                --seed-file CSV   hardware token seeds: upn,serial number,secret key,time interval,manufacturer,model
                                  (secret keys are checked and dropped: they are never written anywhere)
                --default-method  when to set the Entra default method (default: if-unset)
                --all             plan every user, not only new or changed ones
                --history FILE    what earlier migrations wrote (format cutover-migration-history v1); users whose
                                  data has not changed since are skipped. Default: the history in the workspace
                                  journal ($CUTOVER_WORKSPACE, else ~/.cutover/workspace), see "cutover history"
                Exit code 0 when the plan is written from fully valid input, 2 when an input could not be read or
                lines were rejected (listed on stderr as FILE:LINE: reason; those users are left out of the plan).
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of("mfa", "tenant", "seed-file", "default-method", "match-attribute", "out",
                "history"),
                Set.of("all"));
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Path mfa = args.path("mfa");
        Path tenantFile = args.path("tenant");
        Path target = args.path("out");
        DefaultMethodMode mode = defaultMethod(args.string("default-method", "if-unset"));
        MatchAttribute attribute = matchAttribute(args.string("match-attribute", "none"));
        String seedFile = args.string("seed-file", null);
        PlanOptions options = new PlanOptions(mode, args.flag("all"));

        List<ImportProblem> problems = new ArrayList<>();
        List<MfaServerUser> users = new ArrayList<>();
        TenantSnapshot tenant;
        Map<String, OathSeed> seeds = Map.of();
        MigrationHistory history = MigrationHistory.empty();
        String historyFile = args.string("history", null);
        try {
            new MfaServerExportReader().read(mfa, users::add, problems::add, new NullProgressMonitor());
            tenant = new TenantSnapshotReader().read(tenantFile, problems::add);
            if (seedFile != null) {
                seeds = new OathSeedFileReader().read(Path.of(seedFile), problems::add);
            }
            String historySource = null;
            if (historyFile != null) {
                history = new MigrationHistoryFile().read(Path.of(historyFile), problems::add);
                historySource = historyFile;
            } else if (Workspace.hasJournal()) {
                try (Journal journal = Journal.open(Workspace.folder())) {
                    history = journal.history();
                }
                historySource = "the journal of " + Workspace.folder();
            }
            if (historySource != null) {
                out.printf(Locale.US, "Migration history: %,d users in %s%s%n", history.size(), historySource,
                        options.migrateAll() ? " (ignored: --all plans every user)" : "");
            }
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (JournalException e) {
            err.println("cutover plan: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        problems.forEach(err::println);

        long started = System.nanoTime();
        MatchReport matches = new UserMatcher(tenant.users(), attribute).match(users);
        Plan plan = new MigrationPlanner().plan(matches, tenant, seeds, options, history);
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            new PlanWriter().write(target, plan, new PlanWriter.Context(mfa.toString(), tenantFile.toString(),
                    tenant.tenantId(), args.string("default-method", "if-unset"), attribute == null ? "none"
                            : attribute.displayName(), options.migrateAll(), Instant.now()));
        } catch (IOException e) {
            err.println("cutover plan: cannot write " + target + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        var s = plan.summary();
        out.printf(Locale.US, "Plan for %,d users (%,d with writes, %,d unchanged, %,d not in Entra, %,d ambiguous): "
                + "%,d writes, %,d skipped, %,d cannot be migrated; planned in %.2f s; written to %s%n", s.users(),
                s.usersWithWrites(), s.usersUnchanged(), s.usersUnmatched(), s.usersAmbiguous(),
                s.count(ActionKind.WRITE), s.count(ActionKind.SKIP), s.count(ActionKind.CANNOT_MIGRATE), seconds, target);
        if (!problems.isEmpty()) {
            err.printf(Locale.US, "%,d input lines were rejected; those users are not in the plan%n", problems.size());
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    static DefaultMethodMode defaultMethod(String value) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "always" -> DefaultMethodMode.ALWAYS;
            case "if-unset" -> DefaultMethodMode.IF_UNSET;
            case "most-secure-if-unset" -> DefaultMethodMode.MOST_SECURE_IF_UNSET;
            default -> throw new UsageException("--default-method must be always, if-unset or most-secure-if-unset");
        };
    }

    static MatchAttribute matchAttribute(String value) throws UsageException {
        if (value.equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return MatchAttribute.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--match-attribute must be none, sam-account-name, employee-id, mail, "
                    + "distinguished-name or immutable-id");
        }
    }
}
