package cutover.core.tenant;

import cutover.core.mfaserver.InvalidFieldException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the Entra tenant looked like at one moment: its authentication methods policy and its users with their
 * methods. Object ids are unique.
 *
 * @param tenantId the tenant (directory) id
 * @param takenAt when the data was read from Graph
 * @param policy the authentication methods policy
 * @param users the users
 */
public record TenantSnapshot(String tenantId, Instant takenAt, AuthenticationMethodsPolicy policy,
        List<EntraUser> users) {

    public TenantSnapshot {
        TenantChecks.requireGuid("tenantId", tenantId);
        if (takenAt == null) {
            throw new InvalidFieldException("takenAt", "the time the snapshot was taken is missing");
        }
        if (policy == null) {
            throw new InvalidFieldException("policy", "the authentication methods policy is missing");
        }
        users = TenantChecks.copyOf("users", users);
        Set<String> objectIds = new HashSet<>();
        for (EntraUser user : users) {
            if (!objectIds.add(user.objectId())) {
                throw new InvalidFieldException("users", "object id " + user.objectId() + " appears twice");
            }
        }
    }
}
