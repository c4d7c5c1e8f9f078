package cutover.store;

import java.time.Instant;

/**
 * What to read from the {@link AuditArchive}; a null criterion matches everything. Strings compare without regard
 * to case.
 *
 * @param from the earliest activity time, inclusive
 * @param to the latest activity time, exclusive
 * @param user the target user's object id or user principal name
 * @param activity the activity's display name
 * @param initiator the initiating app's display name or id, or the initiating user's UPN or id
 * @param limit at most this many events, newest first
 */
public record AuditQuery(Instant from, Instant to, String user, String activity, String initiator, int limit) {

    public AuditQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
    }

    /** Everything, newest first, up to {@code limit}. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }

    public AuditQuery between(Instant fromInclusive, Instant toExclusive) {
        return new AuditQuery(fromInclusive, toExclusive, user, activity, initiator, limit);
    }

    public AuditQuery ofUser(String idOrUpn) {
        return new AuditQuery(from, to, idOrUpn, activity, initiator, limit);
    }

    public AuditQuery withActivity(String displayName) {
        return new AuditQuery(from, to, user, displayName, initiator, limit);
    }

    public AuditQuery initiatedBy(String nameOrId) {
        return new AuditQuery(from, to, user, activity, nameOrId, limit);
    }
}
