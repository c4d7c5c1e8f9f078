package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.graph.GraphException;
import cutover.graph.PlanWrites;
import cutover.graph.VerifyRun;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code cutover verify PLAN --tenant …}: reads back what the plan wanted. */
public final class VerifyCommand implements Command {

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public String summary() {
        return "read back every user of a plan and list the writes whose result Entra ID does not show";
    }

    @Override
    public String help() {
        return """
                Usage: cutover verify PLAN.json --tenant T
                       cutover verify --group G --export FILE --tenant T

                With a plan: for each write of the plan, reads what the tenant now has (phone methods and the
                default method) and says whether the write's result is there. Only reads. Exit code 0 when every
                result is there, 3 when some are missing (listed on stderr, at most 50).

                With --group: checks every member of the migration group against Entra ID as it is now, from the
                MFA Server export: ready, needs the user, not migrated, or migrated but missing in Entra ID. The
                outcome is recorded in the workspace's journal, where the federation switch's preflight looks for
                a clean verification newer than the last run that wrote. Only reads the tenant. Exit code 0 when no
                member is missing or left to migrate, 3 otherwise (listed, at most 50 each).
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Args.with(TenantSession.OPTIONS, "group", "export"),
                TenantSession.FLAGS);
        if (args.string("group", null) != null) {
            return GroupVerifyCommand.run(args, out, err);
        }
        if (args.positional().size() != 1) {
            throw new UsageException("give the plan file: cutover verify PLAN.json --tenant T");
        }
        Path planFile = Path.of(args.positional().get(0));
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (!tenant.preflight(err, cutover.graph.Preflight.Operation.SNAPSHOT)) {
                return ExitCode.FAILURE;
            }
            PlanWrites.Writes writes = PlanWrites.read(planFile);
            VerifyRun.Result result = new VerifyRun(tenant.connection()).verify(writes.writes(),
                    new NullProgressMonitor());
            out.printf(Locale.US, "Verified %,d writes in %s: %,d present, %,d missing%n", result.checked(),
                    tenant.name(), result.checked() - result.mismatches().size(), result.mismatches().size());
            result.mismatches().stream().limit(50).forEach(m -> err.println("  " + m.write().upn() + " "
                    + m.write().httpMethod() + " " + m.write().path() + " " + m.write().body() + ": Entra ID has "
                    + m.found()));
            return result.mismatches().isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
        } catch (GraphException e) {
            err.println("cutover verify: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}
