package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.graph.GraphException;
import cutover.graph.Preflight;
import cutover.graph.UserLookup;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code cutover users --tenant … --by KEY VALUE…}: which Entra users an MFA Server identifier stands for. */
public final class UsersCommand implements Command {

    @Override
    public String name() {
        return "users";
    }

    @Override
    public String summary() {
        return "look Entra users up by UPN, SID, sAMAccountName, immutable id, employee id or mail";
    }

    @Override
    public String help() {
        return """
                Usage: cutover users --tenant T --by KEY VALUE [VALUE …]

                For each value, the Entra users whose attribute equals it: object id, UPN, display name,
                sAMAccountName and SID. Shows why an MFA Server user matched nobody, or several. Only reads.
                --by KEY          upn, sid, sam (onPremisesSamAccountName), immutable-id (onPremisesImmutableId),
                                  employee-id or mail; the last four are Graph advanced queries, sent with the
                                  headers Graph needs
                Exit code 2 when a value matches nobody.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Set<String> options = new HashSet<>(TenantSession.OPTIONS);
        options.add("by");
        Args args = Args.parse(words, options, TenantSession.FLAGS);
        UserLookup.Key key;
        try {
            key = UserLookup.Key.fromName(args.required("by"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.positional().isEmpty()) {
            throw new UsageException("which values? (usage: cutover users --tenant T --by KEY VALUE …)");
        }
        try (TenantSession tenant = TenantSession.open(args, out)) {
            if (!tenant.preflight(err, Preflight.Operation.FIND_USERS)) {
                return ExitCode.FAILURE;
            }
            UserLookup lookup = new UserLookup(tenant.connection());
            int unmatched = 0;
            for (String value : args.positional()) {
                List<UserLookup.FoundUser> found = lookup.find(key, value);
                out.println(key.property() + " = " + value + ": " + (found.isEmpty() ? "no user"
                        : found.size() == 1 ? "1 user" : found.size() + " users (ambiguous)"));
                for (UserLookup.FoundUser user : found) {
                    out.println("  " + user.id() + "  " + user.userPrincipalName() + "  \"" + user.displayName()
                            + "\"  sAMAccountName " + user.samAccountName() + "  SID " + user.securityIdentifier());
                }
                unmatched += found.isEmpty() ? 1 : 0;
            }
            return unmatched == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
        } catch (GraphException e) {
            err.println("cutover users: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            err.println("cutover users: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
