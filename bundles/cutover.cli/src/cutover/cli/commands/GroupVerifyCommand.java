package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.graph.GraphException;
import cutover.migration.GroupVerification;
import cutover.migration.MigrationSettings;
import cutover.store.Verification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code cutover verify --group G --export FILE}: the migration group against Entra ID, recorded. */
final class GroupVerifyCommand {

    private static final int LISTED = 50;

    private GroupVerifyCommand() {
    }

    static int run(Args args, PrintStream out, PrintStream err) throws UsageException {
        if (!args.positional().isEmpty()) {
            throw new UsageException("give either a plan file or --group, not both");
        }
        String group = args.required("group");
        Path export = args.path("export");
        Path workspace = Workspace.required();
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (!tenant.preflight(err, cutover.graph.Preflight.Operation.SNAPSHOT)) {
                return ExitCode.FAILURE;
            }
            GroupVerification.Outcome outcome = GroupVerification.run(tenant.connection(), workspace, export, group,
                    MigrationSettings.load(workspace), out::println, new NullProgressMonitor());
            Verification done = outcome.recorded();
            out.printf(Locale.US, "Verified %s in %s: %,d members; %,d ready, %,d need the user, %,d without MFA "
                    + "Server data, %,d not migrated, %,d migrated but missing in Entra ID%n", done.groupName(),
                    tenant.name(), done.members(), done.ready(), done.userAction(), done.noData(),
                    done.notMigrated().size(), done.missing().size());
            list(err, "not migrated", done.notMigrated());
            list(err, "missing in Entra ID", done.missing());
            out.println("Recorded in the journal of " + workspace + ".");
            return done.clean() ? ExitCode.OK : ExitCode.FAILURE;
        } catch (IllegalArgumentException e) {
            err.println("cutover verify: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (GraphException | IOException | cutover.store.JournalException e) {
            err.println("cutover verify: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("cutover verify: interrupted; nothing was recorded");
            return ExitCode.FAILURE;
        }
    }

    private static void list(PrintStream err, String what, List<String> upns) {
        upns.stream().limit(LISTED).forEach(upn -> err.println("  " + what + ": " + upn));
        if (upns.size() > LISTED) {
            err.println(String.format(Locale.US, "  … and %,d more %s", upns.size() - LISTED, what));
        }
    }
}
