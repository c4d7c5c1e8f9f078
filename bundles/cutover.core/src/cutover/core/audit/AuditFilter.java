package cutover.core.audit;

import java.time.Instant;

/**
 * Which rows of an {@link AuditLog} to show; a null criterion is no criterion, and a row must meet all the others.
 *
 * @param from the first time shown (inclusive)
 * @param to the time after the last one shown (exclusive)
 * @param userText part of the user's UPN (any case) or the user's whole object id (any case); a text that is a
 *        whole UPN of the log matches that user only; a blank text is kept as null
 * @param activity the activity, whole, in any case
 * @param initiator who made the change, whole, in any case
 * @param method a method the change touched
 * @param origin where the row comes from
 */
public record AuditFilter(Instant from, Instant to, String userText, String activity, String initiator,
        MethodCode method, AuditOrigin origin) {

    /** No criterion: every row. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);

    public AuditFilter {
        userText = userText == null || userText.isBlank() ? null : userText.strip();
    }

    /** This filter with another first time (inclusive); null for none. */
    public AuditFilter from(Instant from) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** This filter with another end time (exclusive); null for none. */
    public AuditFilter to(Instant to) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** This filter with another user text; null or blank for none. */
    public AuditFilter user(String userText) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** This filter with another activity; null for none. */
    public AuditFilter activity(String activity) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** This filter with another initiator; null for none. */
    public AuditFilter initiator(String initiator) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** This filter with another method; null for none. */
    public AuditFilter method(MethodCode method) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** This filter with another origin; null for none. */
    public AuditFilter origin(AuditOrigin origin) {
        return new AuditFilter(from, to, userText, activity, initiator, method, origin);
    }

    /** Whether this filter has no criterion. */
    public boolean isAll() {
        return from == null && to == null && userText == null && activity == null && initiator == null
                && method == null && origin == null;
    }
}
