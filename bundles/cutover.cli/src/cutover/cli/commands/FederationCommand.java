package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.graph.FederationSettings;
import cutover.graph.GraphException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** {@code cutover federation show}: each domain's federation and its MFA behaviour, read only. */
public final class FederationCommand implements Command {

    @Override
    public String name() {
        return "federation";
    }

    @Override
    public String summary() {
        return "show each domain's federation and federatedIdpMfaBehavior (who does MFA for federated users)";
    }

    @Override
    public String help() {
        return """
                Usage: cutover federation show --tenant T

                Lists the tenant's domains: managed or federated, and for a federated one its federation server
                (issuer) and federatedIdpMfaBehavior: unset or acceptIfMfaDoneByFederatedIdp (MFA Server behind
                the federation server still answers), enforceMfaByFederatedIdp, or rejectMfaByFederatedIdp (the
                migration guide's last step: Entra ID does MFA itself). Only reads.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        if (words.isEmpty() || !words.get(0).equals("show")) {
            throw new UsageException(words.isEmpty() ? "say what to do: cutover federation show --tenant T"
                    : "unknown federation action \"" + words.get(0) + "\": show");
        }
        Args args = Args.parse(words.subList(1, words.size()), TenantSession.OPTIONS, TenantSession.FLAGS);
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        try (TenantSession tenant = TenantSession.open(args, out)) {
            List<FederationSettings.FederatedDomain> domains = new FederationSettings(tenant.connection()).domains();
            out.println(domains.size() + " domain(s) in " + tenant.name() + ":");
            for (FederationSettings.FederatedDomain domain : domains) {
                if (!domain.federated() || domain.federation() == null) {
                    out.println("  " + domain.name() + "  managed");
                    continue;
                }
                FederationSettings.Federation federation = domain.federation();
                out.println("  " + domain.name() + "  federated with " + federation.issuerUri()
                        + "  federatedIdpMfaBehavior: " + (federation.federatedIdpMfaBehavior() == null
                                ? "unset (MFA done by the federation server is accepted)"
                                : federation.federatedIdpMfaBehavior()));
            }
            return ExitCode.OK;
        } catch (GraphException | IOException e) {
            err.println("cutover federation: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
