package cutover.core.matching;

public enum MatchStatus {
    /** Exactly one Entra user, claimed by no other MFA Server user. */
    MATCHED,
    /** No Entra user found by any step. */
    UNMATCHED,
    /** Several Entra users fit, or the Entra user also fits another MFA Server user; nothing is guessed. */
    AMBIGUOUS
}
