package cutover.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Before a command touches a tenant: for each operation the least-privileged Graph permission (the same name as
 * delegated scope and as application role) and, for a signed-in user, the directory role it needs, checked against
 * the token. Says everything that is missing at once, so the specialist can ask the tenant's administrator in one go.
 */
public final class Preflight {

    /** What a command is about to do. */
    public enum Operation {
        SNAPSHOT("read the migration group, users, their methods and the methods policy", false, "GroupMember.Read.All",
                "User.Read.All", "UserAuthenticationMethod.Read.All", "Policy.Read.AuthenticationMethod"),
        FIND_USERS("look users up by their identifiers", false, "User.Read.All"),
        APPLY("write phone methods and default methods", true, "UserAuthenticationMethod.ReadWrite.All"),
        APPLY_HARDWARE_OATH("create and assign hardware OATH tokens", true, "Policy.ReadWrite.AuthenticationMethod");

        private final String what;
        private final boolean writes;
        private final List<String> permissions;

        Operation(String what, boolean writes, String... permissions) {
            this.what = what;
            this.writes = writes;
            this.permissions = List.of(permissions);
        }

        public List<String> permissions() {
            return permissions;
        }
    }

    /** Directory role template ids that let a signed-in user read or manage other users' methods. */
    static final String PRIVILEGED_AUTHENTICATION_ADMINISTRATOR = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";
    static final String AUTHENTICATION_ADMINISTRATOR = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
    private static final Set<String> METHOD_ADMIN_ROLES = Set.of(PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
            AUTHENTICATION_ADMINISTRATOR, GLOBAL_ADMINISTRATOR);

    private Preflight() {
    }

    /**
     * @return what the token lacks for the operations, one sentence each; empty when nothing is known to be missing
     */
    public static List<String> missing(TokenClaims token, Operation... operations) {
        List<String> missing = new ArrayList<>();
        for (Operation operation : operations) {
            for (String permission : operation.permissions) {
                if (!token.permissions().contains(permission) && !coveredByBroader(token, permission)) {
                    missing.add((token.delegated() ? "delegated permission " : "application permission ")
                            + permission + " (to " + operation.what + ")");
                }
            }
            if (token.delegated() && token.rolesKnown()
                    && token.directoryRoles().stream().noneMatch(METHOD_ADMIN_ROLES::contains)) {
                String role = operation.writes ? "Privileged Authentication Administrator (or Authentication "
                        + "Administrator for users without admin roles)" : "Authentication Administrator";
                String sentence = "directory role " + role + " for the signed-in user (to " + operation.what + ")";
                if (!missing.contains(sentence)) {
                    missing.add(sentence);
                }
            }
        }
        return missing;
    }

    /** A ReadWrite permission includes the Read one; Directory.Read.All includes the user and group reads. */
    private static boolean coveredByBroader(TokenClaims token, String permission) {
        Set<String> granted = token.permissions();
        if (permission.contains(".Read.") && granted.contains(permission.replace(".Read.", ".ReadWrite."))) {
            return true;
        }
        if ((permission.equals("User.Read.All") || permission.equals("GroupMember.Read.All"))
                && (granted.contains("Directory.Read.All") || granted.contains("Directory.ReadWrite.All"))) {
            return true;
        }
        return permission.equals("Policy.Read.AuthenticationMethod")
                && (granted.contains("Policy.Read.All") || granted.contains("Policy.ReadWrite.AuthenticationMethod"));
    }
}
