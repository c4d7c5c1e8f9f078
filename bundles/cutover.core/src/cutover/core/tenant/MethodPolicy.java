package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;
import java.util.Set;

/**
 * The state and targets of one method in the authentication methods policy.
 *
 * @param method the method
 * @param enabled whether the policy state is {@code enabled}
 * @param includeGroups ids of the groups the method is enabled for; {@link #ALL_USERS} means everyone
 * @param excludeGroups ids of the groups the method is disabled for, whatever the includes say
 */
public record MethodPolicy(PolicyMethod method, boolean enabled, Set<String> includeGroups,
        Set<String> excludeGroups) {

    /** The include target id Graph uses for "all users". */
    public static final String ALL_USERS = "all_users";

    public MethodPolicy {
        if (method == null) {
            throw new InvalidFieldException("method", "policy method is missing");
        }
        includeGroups = includeGroups == null ? Set.of() : Set.copyOf(includeGroups);
        excludeGroups = excludeGroups == null ? Set.of() : Set.copyOf(excludeGroups);
        for (String group : includeGroups) {
            TenantChecks.requireText("includeGroups", group);
        }
        for (String group : excludeGroups) {
            TenantChecks.requireText("excludeGroups", group);
        }
    }

    /** A disabled method without targets. */
    public static MethodPolicy disabled(PolicyMethod method) {
        return new MethodPolicy(method, false, Set.of(), Set.of());
    }

    /** A method enabled for all users without exclusions. */
    public static MethodPolicy enabledForAll(PolicyMethod method) {
        return new MethodPolicy(method, true, Set.of(ALL_USERS), Set.of());
    }

    /** Whether a member of exactly these groups (ids, transitive) may use the method. */
    public boolean appliesTo(Set<String> userGroupIds) {
        if (!enabled) {
            return false;
        }
        for (String group : userGroupIds) {
            if (excludeGroups.contains(group)) {
                return false;
            }
        }
        if (includeGroups.contains(ALL_USERS)) {
            return true;
        }
        for (String group : userGroupIds) {
            if (includeGroups.contains(group)) {
                return true;
            }
        }
        return false;
    }
}
