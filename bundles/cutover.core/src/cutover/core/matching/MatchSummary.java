package cutover.core.matching;

/**
 * Counts of a matching run.
 *
 * @param total MFA Server users matched
 * @param matchedByUserPrincipalName matched on the UPN
 * @param matchedByAttribute matched on the chosen on-premises attribute
 * @param matchedBySecurityIdentifier matched on the SID
 * @param unmatched users without an Entra user
 * @param ambiguous users with several candidates or sharing their Entra user with another MFA Server user
 */
public record MatchSummary(int total, int matchedByUserPrincipalName, int matchedByAttribute,
        int matchedBySecurityIdentifier, int unmatched, int ambiguous) {

    public int matched() {
        return matchedByUserPrincipalName + matchedByAttribute + matchedBySecurityIdentifier;
    }
}
