package cutover.core.matching;

/** Which step of the matching found the Entra user. */
public enum MatchedBy {
    USER_PRINCIPAL_NAME,
    /** The {@link MatchAttribute} chosen for the run. */
    ON_PREMISES_ATTRIBUTE,
    SECURITY_IDENTIFIER
}
