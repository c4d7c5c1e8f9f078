package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.core.tenant.TenantSnapshot;
import cutover.graph.GraphException;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import cutover.importers.mfaserver.TenantSnapshotWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code cutover snapshot --tenant … --group NAME|ID --out FILE}: the migration group's users as the planner needs them. */
public final class SnapshotCommand implements Command {

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public String summary() {
        return "read the migration group's users, methods and the methods policy from a tenant into a snapshot";
    }

    @Override
    public String help() {
        return """
                Usage: cutover snapshot --tenant T --group NAME|ID --out FILE

                Reads the users of the group and of its nested groups, their phone methods, Authenticator
                devices, software and hardware OATH tokens and default method, and the authentication methods
                policy, into a tenant snapshot (format v1, JSON Lines) for "cutover plan". Only reads.
                --group G         the migration group, by display name or object id; when several groups have
                                  the name, they are listed and nothing is read: give the id
                --out FILE        the snapshot to write
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Set<String> options = new HashSet<>(TenantSession.OPTIONS);
        options.addAll(Set.of("group", "out"));
        Args args = Args.parse(words, options, TenantSession.FLAGS);
        String groupName = args.required("group");
        Path file = args.path("out");
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (!tenant.preflight(err, cutover.graph.Preflight.Operation.SNAPSHOT)) {
                return ExitCode.FAILURE;
            }
            SnapshotReader reader = new SnapshotReader(tenant.connection());
            List<GroupRef> groups = reader.findGroups(groupName);
            if (groups.isEmpty()) {
                err.println("cutover snapshot: " + tenant.name() + " has no group \"" + groupName + "\"");
                return ExitCode.BAD_INPUT;
            }
            if (groups.size() > 1) {
                err.println("cutover snapshot: " + groups.size() + " groups are named \"" + groupName
                        + "\"; give the id of the one to read:");
                groups.forEach(g -> err.println("  " + g.id() + "  " + g.displayName()));
                return ExitCode.BAD_INPUT;
            }
            long started = System.nanoTime();
            TenantSnapshot snapshot = reader.read(groups.get(0), new NullProgressMonitor());
            new TenantSnapshotWriter().write(file, snapshot);
            out.printf(Locale.US, "Read %,d users of \"%s\" from %s in %.1f s (%,d requests, %,d throttled); "
                    + "wrote %s%n", snapshot.users().size(), groups.get(0).displayName(), tenant.name(),
                    (System.nanoTime() - started) / 1e9, tenant.connection().meter().requests(),
                    tenant.connection().meter().throttledResponses(), file);
            return ExitCode.OK;
        } catch (GraphException e) {
            err.println("cutover snapshot: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println("cutover snapshot: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
