package cutover.core.plan;

/** When the planner sets the user's default method in Entra ID. */
public enum DefaultMethodMode {
    /** Always, from the MFA Server default method. */
    ALWAYS,
    /** From the MFA Server default method, but only when Entra ID has none. */
    IF_UNSET,
    /** The most secure method the user will have, but only when Entra ID has none. */
    MOST_SECURE_IF_UNSET
}
