package cutover.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit view: an Entra ID audit event or a write of Cutover's journal.
 *
 * @param key the Entra ID event id, or {@code run:seq} for a journal write
 * @param initiator who made the change: an app's name, a user's UPN, or a Cutover run
 * @param result Entra ID's result ({@code success}, {@code failure}…) or the journal state ({@code CONFIRMED}…)
 * @param methods the methods the change touched, a mask of {@link MethodCode#bit()}s
 * @param summary the change in one short line, at most {@value #SUMMARY_LIMIT} characters (a longer one is cut
 *        and ends with "…")
 */
public record AuditRecord(AuditOrigin origin, String key, Instant time, String activity, String initiator,
        String userPrincipalName, String userId, String result, int methods, String summary) {

    public static final int SUMMARY_LIMIT = 200;

    /**
     * @throws NullPointerException when origin, key or time is null (the other text may be null)
     * @throws IllegalArgumentException when methods has a bit that is no {@link MethodCode}'s
     */
    public AuditRecord {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(time, "time");
        if ((methods & ~MethodCode.ALL_BITS) != 0) {
            throw new IllegalArgumentException("methods " + Integer.toBinaryString(methods)
                    + " has bits of no method");
        }
        summary = shortened(summary);
    }

    private static String shortened(String summary) {
        if (summary == null || summary.length() <= SUMMARY_LIMIT) {
            return summary;
        }
        int end = SUMMARY_LIMIT - 1;
        if (Character.isHighSurrogate(summary.charAt(end - 1))) {
            end--;
        }
        return summary.substring(0, end) + "…";
    }
}
