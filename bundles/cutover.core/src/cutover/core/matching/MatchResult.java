package cutover.core.matching;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.EntraUser;
import java.util.List;
import java.util.Objects;

/**
 * What matching found for one MFA Server user.
 *
 * @param user the MFA Server user
 * @param status the outcome
 * @param entraUser the matched Entra user; null unless {@code MATCHED}
 * @param matchedBy the step that found the Entra user(s); null when {@code UNMATCHED}
 * @param candidateObjectIds object ids of the Entra users in question when {@code AMBIGUOUS}, otherwise empty
 * @param reason why the user is ambiguous or unmatched, in words for the migration specialist; null when matched
 */
public record MatchResult(MfaServerUser user, MatchStatus status, EntraUser entraUser, MatchedBy matchedBy,
        List<String> candidateObjectIds, String reason) {

    public MatchResult {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(status, "status");
        candidateObjectIds = candidateObjectIds == null ? List.of() : List.copyOf(candidateObjectIds);
        if ((status == MatchStatus.MATCHED) != (entraUser != null)) {
            throw new IllegalArgumentException("an Entra user is given exactly when the status is MATCHED");
        }
    }

    public static MatchResult matched(MfaServerUser user, EntraUser entraUser, MatchedBy matchedBy) {
        return new MatchResult(user, MatchStatus.MATCHED, Objects.requireNonNull(entraUser, "entraUser"),
                Objects.requireNonNull(matchedBy, "matchedBy"), List.of(), null);
    }

    public static MatchResult unmatched(MfaServerUser user, String reason) {
        return new MatchResult(user, MatchStatus.UNMATCHED, null, null, List.of(), reason);
    }

    public static MatchResult ambiguous(MfaServerUser user, MatchedBy matchedBy, List<String> candidateObjectIds,
            String reason) {
        return new MatchResult(user, MatchStatus.AMBIGUOUS, null, matchedBy, candidateObjectIds, reason);
    }
}
