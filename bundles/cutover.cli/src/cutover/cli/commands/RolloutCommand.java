package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.graph.GraphException;
import cutover.graph.GroupRef;
import cutover.graph.Preflight;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.RolloutFinding;
import cutover.rollout.tenant.PreflightRefusedException;
import cutover.rollout.tenant.RolloutChange;
import cutover.rollout.tenant.RolloutReview;
import cutover.rollout.tenant.StagedRolloutSwitch;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code cutover rollout show|add|remove|enable|disable}: the tenant's Staged Rollout of cloud MFA, each change
 * checked by the preflight before it is sent and journaled in the workspace.
 */
public final class RolloutCommand implements Command {

    private static final Set<String> FLAGS = Args.with(TenantSession.FLAGS, "yes");

    @Override
    public String name() {
        return "rollout";
    }

    @Override
    public String summary() {
        return "show or change the Staged Rollout policy for MFA (which groups get Entra ID MFA), with its preflight";
    }

    @Override
    public String help() {
        return """
                Usage: cutover rollout show --tenant T
                       cutover rollout add GROUP --tenant T [--yes]
                       cutover rollout remove GROUP --tenant T
                       cutover rollout enable --tenant T [--yes]
                       cutover rollout disable --tenant T

                Staged Rollout of cloud MFA sends the users of chosen groups to Entra ID MFA instead of the
                federation server's (MFA Server). GROUP is a group's name or id.
                  show     whether the policy is on, and its groups. Only reads.
                  add      puts a group in the policy; the first add creates the policy, switched off.
                  enable   switches the policy on.
                  remove, disable   take a group out, switch the policy off.
                Before add and enable, every group the policy would target is checked: at most 10 groups, 50,000
                users per group and 500,000 in all, no dynamic or nested groups, no contacts, synchronised users
                only, a signed-in administrator. Users not yet migrated, and users shared with the migration group,
                are listed as warnings. A blocking finding stops the change; warnings stop it until you run the
                command again with --yes. Each change is journaled in the workspace with the policy as it was before.
                Exit codes: 0 changed (or shown), 1 usage, 2 bad input (an unknown group), 3 not changed.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (words.isEmpty()) {
            throw new UsageException("say what to do: cutover rollout show|add|remove|enable|disable --tenant T");
        }
        String action = words.get(0);
        Args args = Args.parse(words.subList(1, words.size()), TenantSession.OPTIONS, FLAGS);
        RolloutChange change = change(action, args.positional());
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (change == null) {
                return show(tenant, out);
            }
            if (!tenant.preflight(err, Preflight.Operation.STAGED_ROLLOUT)) {
                return ExitCode.FAILURE;
            }
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(tenant.connection(), Workspace.required());
            RolloutReview review;
            try {
                review = rollout.review(change, new NullProgressMonitor());
            } catch (IllegalArgumentException e) {
                err.println("cutover rollout: " + e.getMessage() + "; nothing was changed");
                return ExitCode.BAD_INPUT;
            }
            out.println("Preflight: " + change.describe() + " in " + tenant.name());
            for (RolloutFinding finding : review.result().findings()) {
                FindingLines.print(out, finding.blocks(), finding.describe(), finding.users());
            }
            if (review.result().findings().isEmpty()) {
                out.println("  nothing found");
            }
            if (!review.blocked() && !review.result().findings().isEmpty() && !args.flag("yes")) {
                err.println("Nothing was changed: read the warnings, then run the command again with --yes.");
                return ExitCode.FAILURE;
            }
            RolloutPolicy after = rollout.apply(review);
            out.println("Done: " + change.describe() + ". " + describe(after));
            return ExitCode.OK;
        } catch (PreflightRefusedException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        } catch (GraphException | IOException | UncheckedIOException | cutover.store.JournalException e) {
            err.println("cutover rollout: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("cutover rollout: interrupted; nothing more was sent");
            return ExitCode.FAILURE;
        }
    }

    private static RolloutChange change(String action, List<String> positional) throws UsageException {
        boolean needsGroup = action.equals("add") || action.equals("remove");
        if (needsGroup && positional.size() != 1) {
            throw new UsageException("name one group: cutover rollout " + action + " GROUP --tenant T");
        }
        if (!needsGroup && !positional.isEmpty()) {
            throw new UsageException("unexpected argument \"" + positional.get(0) + "\"");
        }
        return switch (action) {
            case "show" -> null;
            case "add" -> new RolloutChange.Add(positional.get(0));
            case "remove" -> new RolloutChange.Remove(positional.get(0));
            case "enable" -> new RolloutChange.Enable();
            case "disable" -> new RolloutChange.Disable();
            default -> throw new UsageException("unknown rollout action \"" + action
                    + "\": show, add, remove, enable, disable");
        };
    }

    private static int show(TenantSession tenant, PrintStream out) {
        RolloutPolicy policy = new cutover.graph.StagedRollout(tenant.connection()).policy().orElse(null);
        if (policy == null) {
            out.println("No Staged Rollout policy for MFA in " + tenant.name()
                    + ": every federated user gets MFA as the federation settings say.");
            return ExitCode.OK;
        }
        out.println("Staged Rollout for MFA in " + tenant.name() + ": " + describe(policy));
        for (GroupRef group : policy.groups()) {
            out.println("  " + group.displayName() + "  (" + group.id() + ")");
        }
        return ExitCode.OK;
    }

    private static String describe(RolloutPolicy policy) {
        if (policy == null) {
            return "There is no policy.";
        }
        return String.format("%s (\"%s\", id %s), %d group(s)", policy.enabled() ? "on" : "off",
                policy.displayName(), policy.id(), policy.groups().size());
    }
}
