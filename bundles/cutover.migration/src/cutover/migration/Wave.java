package cutover.migration;

import cutover.core.matching.MatchAttribute;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.graph.GroupRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The members of one migration group, matched to the MFA Server export: what the Users table lists and what a
 * migration of "all users in the group" covers.
 *
 * @param group the group, nested groups expanded
 * @param tenantId the tenant it was read from
 * @param policy the tenant's authentication methods policy (what the default method may be)
 * @param matchAttribute the attribute used for matching after the UPN, or null
 * @param users one per member, in the order Graph listed them
 * @param exportUsersOutside MFA Server users of the export that are not in the group (not part of this wave)
 * @param readAt when the members were read
 */
public record Wave(GroupRef group, String tenantId, AuthenticationMethodsPolicy policy, MatchAttribute matchAttribute,
        List<WaveUser> users, int exportUsersOutside, Instant readAt) {

    public Wave {
        users = List.copyOf(users);
    }

    /** Members per change status. */
    public Map<ChangeStatus, Long> countByChange() {
        Map<ChangeStatus, Long> counts = new java.util.EnumMap<>(ChangeStatus.class);
        for (WaveUser user : users) {
            counts.merge(user.change(), 1L, Long::sum);
        }
        return counts;
    }

    /** Members whose methods have been read. */
    public int methodsRead() {
        int read = 0;
        for (WaveUser user : users) {
            if (user.methodsRead()) {
                read++;
            }
        }
        return read;
    }
}
