package cutover.rollout;

/**
 * The checks before a federated domain's {@code federatedIdpMfaBehavior} is switched to
 * {@code rejectMfaByFederatedIdp}, the migration guide's last step: from then on Entra ID does MFA itself and no
 * longer accepts (or asks for) the federation server's, which is where MFA Server answers.
 */
public enum FederationSwitchRule {

    ALREADY_SET(true, "The domain already rejects MFA done by the federation server; nothing to switch."),
    USERS_NOT_MIGRATED(true, "Users of the migration group have no migration recorded: after the switch they would "
            + "be asked to register MFA methods at their next sign-in."),
    USERS_NOT_VERIFIED(true, "The switch needs a verification of the migration group, after its last migration "
            + "run, that finds every migrated user's data in Entra ID: verify the group (Verify in the Migration "
            + "perspective, or cutover verify --group)."),
    NO_INVENTORY(true, "Cutover cannot tell which RADIUS, LDAP, AD FS and Web SDK clients still use MFA Server: "
            + "open the collected files in the Dependencies view first."),
    DEPENDENCIES_NOT_MIGRATED(true, "Dependencies of MFA Server (RADIUS, LDAP, AD FS, Web SDK) are not marked "
            + "migrated in the Dependencies view; they would stop getting MFA from MFA Server's federation path."),
    ROLLOUT_ENABLED(false, "Staged Rollout for MFA is still on. After the switch every federated user uses Entra ID "
            + "MFA, so the rollout can be turned off once the change has taken effect."),
    CANNOT_BE_UNSET(false, "Once set, federatedIdpMfaBehavior cannot be cleared back to unset; rolling back means "
            + "setting enforceMfaByFederatedIdp. The change takes up to 24 hours to reach every sign-in.");

    public final boolean blocks;
    public final String explanation;

    FederationSwitchRule(boolean blocks, String explanation) {
        this.blocks = blocks;
        this.explanation = explanation;
    }
}
