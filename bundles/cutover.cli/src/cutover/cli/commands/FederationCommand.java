package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.graph.FederationSettings;
import cutover.graph.GraphException;
import cutover.graph.Preflight;
import cutover.rollout.FederationSwitchPreflight;
import cutover.rollout.FederationSwitchPreflight.Finding;
import cutover.rollout.tenant.DomainReview;
import cutover.rollout.tenant.FederationSwitch;
import cutover.rollout.tenant.PreflightRefusedException;
import cutover.rollout.tenant.RollbackStep;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * {@code cutover federation show|set|rollback}: each domain's federation and MFA behaviour; the guarded switch of
 * one domain to {@code rejectMfaByFederatedIdp}; and the guide's rollback.
 */
public final class FederationCommand implements Command {

    private static final Set<String> OPTIONS = Args.with(TenantSession.OPTIONS, "domain", "confirm");

    @Override
    public String name() {
        return "federation";
    }

    @Override
    public String summary() {
        return "show each domain's federatedIdpMfaBehavior; switch a domain to rejectMfaByFederatedIdp, or roll back";
    }

    @Override
    public String help() {
        return """
                Usage: cutover federation show --tenant T
                       cutover federation set --domain D --tenant T [--confirm D]
                       cutover federation rollback --domain D --tenant T [--confirm D]

                  show      the tenant's domains: managed or federated, and for a federated one its federation
                            server (issuer) and federatedIdpMfaBehavior. Only reads.
                  set       the migration guide's last step: sets the domain's federatedIdpMfaBehavior to
                            rejectMfaByFederatedIdp, so Entra ID does MFA itself and MFA Server is no longer asked.
                            The preflight must find the migration group migrated and verified (a verification
                            recorded after the last run that wrote: Verify in the workbench, or cutover verify
                            --group), every dependency of the inventory marked migrated, and the value not set
                            already. The value cannot be unset afterwards and takes up to 24 hours to act.
                  rollback  the guide's rollback: sets enforceMfaByFederatedIdp (MFA by the federation server again)
                            and switches Staged Rollout for MFA off.
                Without --confirm, set and rollback print the preflight or the steps and change nothing. --confirm
                takes the domain's whole name. Every change is journaled in the workspace with the federation as it
                was before. Exit codes: 0 changed (or shown), 1 usage, 2 bad input (unknown or managed domain),
                3 not changed or a step refused.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (words.isEmpty()) {
            throw new UsageException("say what to do: cutover federation show|set|rollback --tenant T");
        }
        String action = words.get(0);
        if (!List.of("show", "set", "rollback").contains(action)) {
            throw new UsageException("unknown federation action \"" + action + "\": show, set, rollback");
        }
        Args args = Args.parse(words.subList(1, words.size()), OPTIONS, TenantSession.FLAGS);
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        String domain = action.equals("show") ? null : args.required("domain");
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (domain == null) {
                return show(tenant, out);
            }
            if (!tenant.preflight(err, Preflight.Operation.FEDERATION_SETTINGS)) {
                return ExitCode.FAILURE;
            }
            FederationSwitch federation = new FederationSwitch(tenant.connection(), Workspace.required());
            String confirm = args.string("confirm", null);
            return action.equals("set") ? set(federation, domain, confirm, out, err)
                    : rollback(federation, domain, confirm, out, err);
        } catch (IllegalArgumentException e) {
            err.println("cutover federation: " + e.getMessage() + "; nothing was changed");
            return ExitCode.BAD_INPUT;
        } catch (GraphException e) {
            if (e.status() == 404 && domain != null) {
                err.println("cutover federation: the tenant has no domain " + domain + "; nothing was changed "
                        + "(cutover federation show lists its domains)");
                return ExitCode.BAD_INPUT;
            }
            err.println("cutover federation: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException | UncheckedIOException | cutover.store.JournalException e) {
            err.println("cutover federation: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("cutover federation: interrupted");
            return ExitCode.FAILURE;
        }
    }

    private static int set(FederationSwitch federation, String domain, String confirm, PrintStream out,
            PrintStream err) throws InterruptedException {
        DomainReview review = federation.review(domain, new NullProgressMonitor());
        out.println("Preflight: " + review.domain().name() + " → " + FederationSwitchPreflight.REJECT
                + " (now " + (review.behavior() == null ? "unset" : review.behavior()) + ")");
        for (Finding finding : review.findings()) {
            FindingLines.print(out, finding.rule().blocks, finding.describe(), finding.concerned());
        }
        if (!review.allowed()) {
            err.println("Nothing was changed: the preflight blocks the switch.");
            return ExitCode.FAILURE;
        }
        if (confirm == null) {
            err.println("Nothing was changed. To switch, run again with --confirm " + review.domain().name());
            return ExitCode.FAILURE;
        }
        try {
            FederationSettings.Federation after = federation.switchToReject(review, confirm);
            out.println("Done: " + review.domain().name() + " federatedIdpMfaBehavior is "
                    + after.federatedIdpMfaBehavior() + " (read back). Entra ID may take up to 24 hours to act on it.");
            return ExitCode.OK;
        } catch (PreflightRefusedException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static int rollback(FederationSwitch federation, String domain, String confirm, PrintStream out,
            PrintStream err) throws InterruptedException {
        if (!FederationSwitchPreflight.confirms(confirm, domain)) {
            out.println("Rollback of " + domain + ", the guide's rollback plan:");
            out.println("  1. " + domain + ": federatedIdpMfaBehavior → "
                    + FederationSettings.ENFORCE_MFA_BY_FEDERATED_IDP + " (MFA by the federation server again)");
            out.println("  2. Staged Rollout for MFA → off (its groups go back to the federation server's MFA)");
            err.println("Nothing was changed. To roll back, run again with --confirm " + domain);
            return ExitCode.FAILURE;
        }
        List<RollbackStep> steps = federation.rollback(domain, new NullProgressMonitor());
        for (RollbackStep step : steps) {
            out.println("  " + step.what() + ": " + step.outcome());
        }
        boolean failed = steps.stream().anyMatch(RollbackStep::failed);
        out.println(failed ? "Rollback incomplete: see the refused step." : "Rolled back. Entra ID may take up to "
                + "24 hours to act on the federation change.");
        return failed ? ExitCode.FAILURE : ExitCode.OK;
    }

    private static int show(TenantSession tenant, PrintStream out) {
        List<FederationSettings.FederatedDomain> domains = new FederationSettings(tenant.connection()).domains();
        out.println(domains.size() + " domain(s) in " + tenant.name() + ":");
        for (FederationSettings.FederatedDomain domain : domains) {
            if (!domain.hasFederation()) {
                out.println("  " + domain.name() + "  managed");
                continue;
            }
            FederationSettings.Federation federation = domain.federation();
            out.println("  " + domain.name() + "  federated with " + federation.issuerUri()
                    + "  federatedIdpMfaBehavior: " + (federation.federatedIdpMfaBehavior() == null
                            ? "unset (the legacy SupportsMfa setting decides)"
                            : federation.federatedIdpMfaBehavior()));
        }
        return ExitCode.OK;
    }
}
