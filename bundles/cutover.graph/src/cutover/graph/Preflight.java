package cutover.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Before a command touches a tenant: for each operation the least-privileged Graph permission (the same name as
 * delegated scope and as application role) and, for a signed-in user, the directory role it needs, checked against
 * the token. Says everything that is missing at once, so the specialist can ask the tenant's administrator in one go.
 * The permissions and roles are those Microsoft's Graph reference lists for the requests each operation sends.
 */
public final class Preflight {

    /** What a command is about to do. */
    public enum Operation {
        SNAPSHOT("read the migration group, users, their methods and the methods policy", Roles.METHOD_READER, false,
                "GroupMember.Read.All", "User.Read.All", "UserAuthenticationMethod.Read.All",
                "Policy.Read.AuthenticationMethod"),
        FIND_USERS("look users up by their identifiers", Roles.METHOD_READER, false, "User.Read.All"),
        APPLY("write phone methods and default methods", Roles.METHOD_WRITER, false,
                "UserAuthenticationMethod.ReadWrite.All"),
        APPLY_HARDWARE_OATH("create and assign hardware OATH tokens", Roles.METHOD_WRITER, false,
                "Policy.ReadWrite.AuthenticationMethod"),
        /** GET /auditLogs/directoryAudits: Graph asks for both permissions, Directory.Read.All alone is not enough. */
        READ_AUDIT_LOGS("read the directory audit logs", Roles.AUDIT_READER, false, "AuditLog.Read.All",
                "Directory.Read.All"),
        /** /policies/featureRolloutPolicies: Graph has no application permission for it, only a signed-in user. */
        STAGED_ROLLOUT("manage Staged Rollout of cloud authentication", Roles.HYBRID_IDENTITY, true,
                "Policy.ReadWrite.HybridAuthentication"),
        /** /domains/{id}/federationConfiguration: read and change a federated domain's settings. */
        FEDERATION_SETTINGS("read and change the federation settings of domains", Roles.FEDERATION, false,
                "Domain-InternalFederation.ReadWrite.All");

        private final String what;
        private final Roles roles;
        private final boolean delegatedOnly;
        private final List<String> permissions;

        Operation(String what, Roles roles, boolean delegatedOnly, String... permissions) {
            this.what = what;
            this.roles = roles;
            this.delegatedOnly = delegatedOnly;
            this.permissions = List.of(permissions);
        }

        public List<String> permissions() {
            return permissions;
        }

        /** What the operation does, for sentences: "read the directory audit logs". */
        public String what() {
            return what;
        }

        /** The directory role a signed-in user needs, in words: "Reports Reader (or …)". */
        public String roleNeeded() {
            return roles.description;
        }

        /** Whether only a signed-in user can do it: Graph offers no application permission. */
        public boolean delegatedOnly() {
            return delegatedOnly;
        }
    }

    /**
     * What the token has and lacks for one operation.
     *
     * @param granted each permission the operation needs that the token grants, with the broader permission that
     *        grants it when that is not the same one: "User.Read.All (through Directory.Read.All)"
     * @param missingPermissions the permissions the token lacks
     * @param roleMissing whether the signed-in user lacks every directory role that allows the operation
     * @param roleChecked whether a role was checked at all: not for an application's token, nor for a token that
     *        does not list the user's roles
     * @param userNeeded true when the operation needs a signed-in user and the token is an application's
     */
    public record Check(Operation operation, List<String> granted, List<String> missingPermissions,
            boolean roleMissing, boolean roleChecked, boolean userNeeded) {

        public Check {
            granted = List.copyOf(granted);
            missingPermissions = List.copyOf(missingPermissions);
        }

        /** Nothing known to be missing. */
        public boolean passed() {
            return missingPermissions.isEmpty() && !roleMissing && !userNeeded;
        }
    }

    /** Directory role template ids (the same in every tenant) that allow an operation for a signed-in user. */
    static final String PRIVILEGED_AUTHENTICATION_ADMINISTRATOR = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";
    static final String AUTHENTICATION_ADMINISTRATOR = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    static final String GLOBAL_ADMINISTRATOR = "62e90394-69f5-4237-9190-012177145e10";
    static final String REPORTS_READER = "4a5d8f65-41da-4de4-8968-e035b65339cf";
    static final String SECURITY_READER = "5d6b6bb7-de71-4623-b4af-96380a352509";
    static final String SECURITY_OPERATOR = "5f2222b1-57c3-48ba-8ad5-d4759f1fde6f";
    static final String SECURITY_ADMINISTRATOR = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";
    static final String HYBRID_IDENTITY_ADMINISTRATOR = "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2";
    static final String DOMAIN_NAME_ADMINISTRATOR = "8329153b-31d0-4727-b945-745eb3bc5f31";
    static final String EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR = "be2f45a1-457d-42af-a067-6ec1fa63bc45";

    private enum Roles {
        METHOD_READER("Authentication Administrator", PRIVILEGED_AUTHENTICATION_ADMINISTRATOR,
                AUTHENTICATION_ADMINISTRATOR, GLOBAL_ADMINISTRATOR),
        METHOD_WRITER("Privileged Authentication Administrator (or Authentication Administrator for users without "
                + "admin roles)", PRIVILEGED_AUTHENTICATION_ADMINISTRATOR, AUTHENTICATION_ADMINISTRATOR,
                GLOBAL_ADMINISTRATOR),
        AUDIT_READER("Reports Reader (or Security Reader, Security Operator, Security Administrator, Global Reader)",
                REPORTS_READER, SECURITY_READER, SECURITY_OPERATOR, SECURITY_ADMINISTRATOR, GLOBAL_READER,
                GLOBAL_ADMINISTRATOR),
        HYBRID_IDENTITY("Hybrid Identity Administrator", HYBRID_IDENTITY_ADMINISTRATOR, GLOBAL_ADMINISTRATOR),
        FEDERATION("Hybrid Identity Administrator (or Domain Name Administrator, External Identity Provider "
                + "Administrator, Security Administrator)", HYBRID_IDENTITY_ADMINISTRATOR, DOMAIN_NAME_ADMINISTRATOR,
                EXTERNAL_IDENTITY_PROVIDER_ADMINISTRATOR, SECURITY_ADMINISTRATOR, GLOBAL_ADMINISTRATOR);

        private final String description;
        private final Set<String> templateIds;

        Roles(String description, String... templateIds) {
            this.description = description;
            this.templateIds = Set.of(templateIds);
        }
    }

    /** Broader permissions that include a narrower one, besides a ReadWrite including its Read. */
    private static final Map<String, List<String>> BROADER = Map.of(
            "User.Read.All", List.of("Directory.Read.All", "Directory.ReadWrite.All"),
            "GroupMember.Read.All", List.of("Directory.Read.All", "Directory.ReadWrite.All"),
            "Policy.Read.AuthenticationMethod", List.of("Policy.Read.All", "Policy.ReadWrite.AuthenticationMethod"),
            "Policy.ReadWrite.HybridAuthentication", List.of("Directory.ReadWrite.All"),
            "Domain-InternalFederation.ReadWrite.All", List.of("Domain.ReadWrite.All"));

    private Preflight() {
    }

    /** What the token has and lacks for {@code operation}. */
    public static Check check(TokenClaims token, Operation operation) {
        List<String> granted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String permission : operation.permissions) {
            String through = grantedThrough(token, permission);
            if (through == null) {
                missing.add(permission);
            } else {
                granted.add(through.equals(permission) ? permission : permission + " (through " + through + ")");
            }
        }
        boolean roleChecked = token.delegated() && token.rolesKnown();
        boolean roleMissing = roleChecked
                && token.directoryRoles().stream().noneMatch(operation.roles.templateIds::contains);
        return new Check(operation, granted, missing, roleMissing, roleChecked,
                operation.delegatedOnly && !token.delegated());
    }

    /**
     * @return what the token lacks for the operations, one sentence each; empty when nothing is known to be missing
     */
    public static List<String> missing(TokenClaims token, Operation... operations) {
        List<String> missing = new ArrayList<>();
        for (Operation operation : operations) {
            Check check = check(token, operation);
            if (check.userNeeded()) {
                missing.add("a signed-in user: Graph has no application permission to " + operation.what);
            }
            for (String permission : check.missingPermissions()) {
                missing.add((token.delegated() ? "delegated permission " : "application permission ")
                        + permission + " (to " + operation.what + ")");
            }
            if (check.roleMissing()) {
                String sentence = "directory role " + operation.roles.description + " for the signed-in user (to "
                        + operation.what + ")";
                if (!missing.contains(sentence)) {
                    missing.add(sentence);
                }
            }
        }
        return missing;
    }

    /** The permission of the token that grants {@code permission}: itself, a broader one, or null. */
    private static String grantedThrough(TokenClaims token, String permission) {
        Set<String> granted = token.permissions();
        if (granted.contains(permission)) {
            return permission;
        }
        String readWrite = permission.replace(".Read.", ".ReadWrite.");
        if (permission.contains(".Read.") && granted.contains(readWrite)) {
            return readWrite;
        }
        for (String broader : BROADER.getOrDefault(permission, List.of())) {
            if (granted.contains(broader)) {
                return broader;
            }
        }
        return null;
    }
}
