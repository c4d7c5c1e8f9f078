package cutover.store;

/** The tenant-wide settings Cutover changes, each journaled with what it was before. */
public enum TenantSetting {
    /** The Staged Rollout policy for MFA: on or off, and its groups. */
    STAGED_ROLLOUT,
    /** A federated domain's {@code federatedIdpMfaBehavior}. */
    FEDERATION
}
