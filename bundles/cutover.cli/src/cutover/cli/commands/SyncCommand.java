package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.core.matching.MatchAttribute;
import cutover.core.plan.DefaultMethodMode;
import cutover.core.plan.OathSeed;
import cutover.graph.GraphException;
import cutover.graph.Preflight;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.plan.OathSeedFileReader;
import cutover.migration.MigrationSettings;
import cutover.migration.SyncCycle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cutover sync --tenant … --group … --mfa …}: the unattended equivalent of MFA Server's Migration Sync
 * service, a {@link SyncCycle} every interval until SIGTERM or Ctrl+C.
 */
public final class SyncCommand implements Command {

    /** How long a signal waits for the writes in flight to be journaled and the demo tenant to be saved. */
    static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "migrate a group's new or changed users every interval, unattended (the Migration Sync service)";
    }

    @Override
    public String help() {
        return """
                Usage: cutover sync --tenant T --group NAME|ID --mfa EXPORT [--interval 15m] [--once]
                                    [--seed-file CSV] [--default-method always|if-unset|most-secure-if-unset]
                                    [--match-attribute none|sam-account-name|employee-id|mail|distinguished-name|immutable-id]
                                    [--all]

                The unattended equivalent of MFA Server's Migration Sync service. Each round reads the MFA Server
                export again, lists the group's members and migrates only the users whose MFA Server data is new or
                changed since their last migration, as a journaled sync run in the workspace ("cutover runs" lists
                them). A sync run that an earlier round or process left unfinished is continued first.
                Rounds start every interval, counted from the start of the previous one. Each log line starts with
                the time (UTC); errors go to stderr. A round that fails (unknown group, unreadable export, tenant
                unreachable) is logged and tried again at the next interval.
                SIGTERM or Ctrl+C stops it within a minute: the writes in flight are finished and journaled, and
                a round cut short continues at the next start.

                --group NAME|ID   the group to migrate
                --mfa EXPORT      the MFA Server export (Cutover format v1), read again every round
                --interval I      time between rounds: 15m (the default), 2h, 1h30m; at least 1 minute
                --once            run one round and exit
                --seed-file CSV   hardware token seeds: upn,serial number,secret key,time interval,manufacturer,model
                                  (read once; the secrets stay in memory and are never written or logged)
                --default-method, --match-attribute, --all   as for "cutover plan"
                --group, --interval, --default-method, --match-attribute and --all default to the workspace's
                migration settings, which the workbench shares; options given here win.

                Exit codes with --once: 0 every write confirmed (or nothing to write), 1 wrong command line,
                2 bad input (unknown or ambiguous group, unreadable export, rejected export lines), 3 writes failed,
                the tenant or the journal could not be used, or the round was stopped before its end.
                Without --once, on SIGTERM or Ctrl+C: 0 when the last round that ran to its end succeeded, else 3.
                Either way: 3 when the sign-in lacks a permission the sync needs (listed on stderr).
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Set<String> options = new HashSet<>(TenantSession.OPTIONS);
        options.addAll(Set.of("group", "mfa", "interval", "seed-file", "default-method", "match-attribute"));
        Set<String> flags = new HashSet<>(TenantSession.FLAGS);
        flags.addAll(Set.of("once", "all"));
        Args args = Args.parse(words, options, flags);
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        args.required("tenant");
        Path export = args.path("mfa");
        Duration interval = interval(args.string("interval", null));
        String mode = args.string("default-method", null);
        DefaultMethodMode defaultMethod = mode == null ? null : PlanCommand.defaultMethod(mode);
        String attribute = args.string("match-attribute", null);
        MatchAttribute matchAttribute = attribute == null ? null : PlanCommand.matchAttribute(attribute);

        Path workspace = Workspace.folder();
        if (workspace == null) {
            err.println("cutover sync: no workspace; start the command through the cutover launcher");
            return ExitCode.FAILURE;
        }
        MigrationSettings saved;
        try {
            saved = MigrationSettings.load(workspace);
        } catch (IOException e) {
            err.println("cutover sync: the migration settings cannot be read: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        String group = args.string("group", saved.syncGroup());
        if (group == null || group.isBlank()) {
            throw new UsageException("give the group with --group NAME|ID (the workspace's migration settings name "
                    + "no sync group)");
        }
        MigrationSettings settings = new MigrationSettings(defaultMethod != null ? defaultMethod
                : saved.defaultMethod(), attribute != null ? matchAttribute : saved.matchAttribute(),
                args.flag("all") || saved.migrateAll(), saved.readEntraMethods(), group,
                interval != null ? interval : saved.syncInterval());

        String seedFile = args.string("seed-file", null);
        Map<String, OathSeed> seeds = Map.of();
        Map<String, char[]> secrets = Map.of();
        if (seedFile != null) {
            try {
                List<ImportProblem> problems = new ArrayList<>();
                seeds = new OathSeedFileReader().read(Path.of(seedFile), problems::add);
                secrets = new OathSeedFileReader().readSecrets(Path.of(seedFile), problem -> { });
                problems.forEach(err::println);
            } catch (IOException e) {
                err.println(e.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
        try {
            return serve(args, new SyncInputs(workspace, export, settings, seeds, secrets), out, err);
        } finally {
            secrets.values().forEach(secret -> Arrays.fill(secret, '\0'));
        }
    }

    private record SyncInputs(Path workspace, Path export, MigrationSettings settings, Map<String, OathSeed> seeds,
            Map<String, char[]> secrets) {
    }

    private static int serve(Args args, SyncInputs inputs, PrintStream out, PrintStream err)
            throws UsageException {
        Clock clock = Clock.systemUTC();
        SyncLog log = new SyncLog(out, err, clock);
        SyncService service = new SyncService(inputs.settings().syncInterval(), clock, SyncService.REAL_PAUSE,
                log::info);
        // installed before signing in, which can take long: a signal then ends the command before its first round
        StopOnSignal signal = StopOnSignal.install(service, STOP_PATIENCE, log::error);
        int code = ExitCode.FAILURE;
        try {
            code = rounds(args, inputs, service, log, out, err);
            return code;
        } finally {
            out.flush();
            err.flush();
            signal.ended(code);
        }
    }

    private static int rounds(Args args, SyncInputs inputs, SyncService service, SyncLog log, PrintStream out,
            PrintStream err) throws UsageException {
        boolean once = args.flag("once");
        try (TenantSession tenant = TenantSession.open(args, out)) {
            Preflight.Operation[] operations = inputs.secrets().isEmpty()
                    ? new Preflight.Operation[] {Preflight.Operation.SNAPSHOT, Preflight.Operation.APPLY}
                    : new Preflight.Operation[] {Preflight.Operation.SNAPSHOT, Preflight.Operation.APPLY,
                        Preflight.Operation.APPLY_HARDWARE_OATH};
            if (!tenant.preflight(err, operations)) {
                return ExitCode.FAILURE;
            }
            SyncCycle cycle = new SyncCycle(tenant.connection(), inputs.workspace(), inputs.seeds(),
                    inputs.secrets(), log::info);
            SyncRound round = new SyncRound(cycle, inputs.export(), inputs.settings(), log, err);
            log.info("started: group \"" + inputs.settings().syncGroup() + "\" of " + tenant.name() + ", export "
                    + inputs.export() + (once ? ", one round"
                            : ", every " + MigrationSettings.describe(inputs.settings().syncInterval())));
            int code = once ? service.runOnce(round) : service.runUntilStopped(round);
            if (service.stopped()) {
                log.info("stopped (signal)");
            }
            return code;
        } catch (IOException | GraphException e) {
            err.println("cutover sync: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    /** @return null when not given */
    private static Duration interval(String text) throws UsageException {
        if (text == null) {
            return null;
        }
        Duration interval = MigrationSettings.parseInterval(text);
        if (interval == null || interval.compareTo(MigrationSettings.MIN_INTERVAL) < 0) {
            throw new UsageException("--interval must be at least 1 minute, written like 15m, 2h or 1h30m (not \""
                    + text + "\")");
        }
        return interval;
    }
}
