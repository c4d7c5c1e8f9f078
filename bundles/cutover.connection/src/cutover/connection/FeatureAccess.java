package cutover.connection;

import cutover.graph.Preflight;
import cutover.graph.Preflight.Operation;
import cutover.graph.TokenClaims;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the signed-in token allows, feature by feature of the workbench: what is granted, what is missing and which
 * directory role a signed-in user needs. A feature checks the operations its command checks before it starts
 * (migrating reads the tenant first, so it needs the snapshot's permissions too).
 *
 * @param available nothing known to be missing
 * @param status in words: "available", "missing 2 permissions and the role", …
 * @param granted the permissions the token grants for it
 * @param missing what the token lacks, permissions and a signed-in user; the role is in {@code roleNeeded}
 * @param roleNeeded the directory role a signed-in user needs, with whether the token has it
 */
public record FeatureAccess(Feature feature, boolean available, String status, List<String> granted,
        List<String> missing, String roleNeeded) {

    /** The workbench's features that touch a tenant. */
    public enum Feature {
        READ_TENANT("Read group, users and methods", Operation.SNAPSHOT),
        FIND_USERS("Find users", Operation.FIND_USERS),
        MIGRATE("Migrate phones and default methods", Operation.SNAPSHOT, Operation.APPLY),
        HARDWARE_OATH("Create hardware OATH tokens", Operation.SNAPSHOT, Operation.APPLY,
                Operation.APPLY_HARDWARE_OATH),
        AUDIT_LOGS("Read audit logs", Operation.READ_AUDIT_LOGS),
        STAGED_ROLLOUT("Staged Rollout", Operation.STAGED_ROLLOUT),
        FEDERATION("Federation settings", Operation.FEDERATION_SETTINGS);

        private final String label;
        private final List<Operation> operations;

        Feature(String label, Operation... operations) {
            this.label = label;
            this.operations = List.of(operations);
        }

        public String label() {
            return label;
        }

        public List<Operation> operations() {
            return operations;
        }
    }

    /** What every feature shows for a local tenant, which accepts any token. */
    public static final String LOCAL = "available (a local tenant checks no permissions)";
    static final String USER_NEEDED = "a signed-in user (Graph has no application permission for it)";

    public FeatureAccess {
        granted = List.copyOf(granted);
        missing = List.copyOf(missing);
    }

    /**
     * Every feature, in the order of {@link Feature}.
     *
     * @param claims what the token grants, or null for a local tenant
     */
    public static List<FeatureAccess> of(TokenClaims claims) {
        List<FeatureAccess> access = new ArrayList<>();
        for (Feature feature : Feature.values()) {
            access.add(claims == null ? local(feature) : check(feature, claims));
        }
        return access;
    }

    private static FeatureAccess local(Feature feature) {
        return new FeatureAccess(feature, true, LOCAL, List.of(), List.of(), "none");
    }

    private static FeatureAccess check(Feature feature, TokenClaims claims) {
        Set<String> granted = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        boolean roleMissing = false;
        boolean roleChecked = false;
        boolean userNeeded = false;
        for (Operation operation : feature.operations) {
            Preflight.Check check = Preflight.check(claims, operation);
            granted.addAll(check.granted());
            userNeeded |= check.userNeeded();
            missing.addAll(check.missingPermissions());
            roleMissing |= check.roleMissing();
            roleChecked |= check.roleChecked();
        }
        String role = feature.operations.get(feature.operations.size() - 1).roleNeeded();
        String roleNeeded;
        if (!claims.delegated()) {
            roleNeeded = "none (an application permission needs no directory role)";
        } else if (!roleChecked) {
            roleNeeded = role + " (the token does not list the user's roles: not checked)";
        } else {
            roleNeeded = role + (roleMissing ? " (missing)" : " (held)");
        }
        int permissions = missing.size();
        if (userNeeded) {
            missing.add(USER_NEEDED);
        }
        boolean available = missing.isEmpty() && !roleMissing;
        return new FeatureAccess(feature, available, status(permissions, userNeeded, roleMissing),
                List.copyOf(granted), List.copyOf(missing), roleNeeded);
    }

    private static String status(int permissions, boolean userNeeded, boolean roleMissing) {
        List<String> parts = new ArrayList<>();
        if (permissions > 0) {
            parts.add(permissions == 1 ? "1 permission" : permissions + " permissions");
        }
        if (userNeeded) {
            parts.add("a signed-in user");
        }
        if (roleMissing) {
            parts.add("the directory role");
        }
        return parts.isEmpty() ? "available" : "missing " + String.join(" and ", parts);
    }
}
