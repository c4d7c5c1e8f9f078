package cutover.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of Entra ID's directory audit log ({@code directoryAudit}), reduced to what migration history needs.
 *
 * @param targetUserId the first target of type User, or null
 * @param changes the modified properties of the targets, in Graph's order
 */
public record AuditEvent(String id, Instant activityDateTime, String activityDisplayName, String category,
        String loggedByService, String result, Initiator initiator, String targetUserId,
        String targetUserPrincipalName, List<PropertyChange> changes) {

    /** Who made the change: an app, a user, or (rarely) neither; absent values are null. */
    public record Initiator(String appDisplayName, String appId, String userId, String userPrincipalName) {

        public static final Initiator UNKNOWN = new Initiator(null, null, null, null);

        /** The app's name, else the user's UPN, else null. */
        public String name() {
            return appDisplayName != null ? appDisplayName : userPrincipalName;
        }
    }

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activityDateTime, "activityDateTime");
        initiator = initiator == null ? Initiator.UNKNOWN : initiator;
        changes = List.copyOf(changes);
    }
}
