package cutover.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a verification of the migration group against Entra ID (the readiness check), kept so that the
 * federation switch can tell whether the group was verified, and since when.
 *
 * @param members the group's members checked
 * @param ready members whose MFA Server data Entra ID holds
 * @param userAction members for whom only the user can do what remains
 * @param noData members without MFA Server data
 * @param notMigrated members never migrated whose data Entra ID lacks
 * @param missing members the journal says were migrated whose data Entra ID lacks now
 */
public record Verification(Instant at, String tenantId, String groupId, String groupName, int members, int ready,
        int userAction, int noData, List<String> notMigrated, List<String> missing) {

    public Verification {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(groupName, "groupName");
        notMigrated = List.copyOf(notMigrated);
        missing = List.copyOf(missing);
    }

    /** Every member with data is in Entra ID: none missing, none left to migrate. */
    public boolean clean() {
        return notMigrated.isEmpty() && missing.isEmpty();
    }
}
