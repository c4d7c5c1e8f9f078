package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.graph.GraphException;
import cutover.graph.GroupRef;
import cutover.graph.StagedRollout;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** {@code cutover rollout show}: the tenant's Staged Rollout of cloud MFA, read only. */
public final class RolloutCommand implements Command {

    @Override
    public String name() {
        return "rollout";
    }

    @Override
    public String summary() {
        return "show the Staged Rollout policy for MFA: on or off, and the groups it sends to Entra ID MFA";
    }

    @Override
    public String help() {
        return """
                Usage: cutover rollout show --tenant T

                Reads the tenant's feature rollout policy for multiFactorAuthentication (Staged Rollout of cloud
                MFA): whether it is on, and the groups whose users sign in with Entra ID MFA instead of the
                federation server's. Only reads; exit 0 also when there is no policy.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (words.isEmpty() || !words.get(0).equals("show")) {
            throw new UsageException(words.isEmpty() ? "say what to do: cutover rollout show --tenant T"
                    : "unknown rollout action \"" + words.get(0) + "\": show");
        }
        Args args = Args.parse(words.subList(1, words.size()), TenantSession.OPTIONS, TenantSession.FLAGS);
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        try (TenantSession tenant = TenantSession.open(args, out)) {
            Optional<StagedRollout.RolloutPolicy> policy = new StagedRollout(tenant.connection()).policy();
            if (policy.isEmpty()) {
                out.println("No Staged Rollout policy for MFA in " + tenant.name()
                        + ": every federated user gets MFA as the federation settings say.");
                return ExitCode.OK;
            }
            StagedRollout.RolloutPolicy found = policy.get();
            out.printf("Staged Rollout for MFA in %s: %s (\"%s\", id %s), %d group(s)%n", tenant.name(),
                    found.enabled() ? "on" : "off", found.displayName(), found.id(), found.groups().size());
            for (GroupRef group : found.groups()) {
                out.println("  " + group.displayName() + "  (" + group.id() + ")");
            }
            return ExitCode.OK;
        } catch (GraphException | IOException e) {
            err.println("cutover rollout: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
