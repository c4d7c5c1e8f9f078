package cutover.rollout;

/**
 * The checks before a change to the Staged Rollout policy for MFA, from Microsoft's Staged Rollout limits and the
 * MFA Server migration guide. A blocking rule stops the change; a warning must be read, and the change may go on.
 */
public enum RolloutRule {

    DELEGATED_SIGN_IN(true, "Staged Rollout is changed by a signed-in administrator: Graph has no application "
            + "permission for feature rollout policies."),
    TOO_MANY_GROUPS(true, "A Staged Rollout feature takes at most " + RolloutLimits.MAX_GROUPS + " groups."),
    GROUP_TOO_LARGE(true, "A group in Staged Rollout holds at most " + RolloutLimits.MAX_USERS_PER_GROUP
            + " users; split it."),
    TOO_MANY_USERS(true, "Staged Rollout reaches at most " + RolloutLimits.MAX_USERS_TOTAL + " users in all."),
    DYNAMIC_GROUP(true, "Dynamic groups are not supported by Staged Rollout; use an assigned group."),
    NESTED_GROUP(true, "Staged Rollout does not support nested groups: their members would not move. Add those "
            + "groups themselves, or put their users in the group directly."),
    CONTACTS(true, "Contact objects in a group block it from Staged Rollout; take the contacts out of the group."),
    CLOUD_ONLY_USERS(true, "Staged Rollout is for synchronised (federated) users only; cloud-only users already "
            + "sign in with Entra ID. Use a group of synchronised users."),
    NOT_YET_MIGRATED(false, "These users would be sent to Entra ID MFA before their MFA Server data is migrated: "
            + "migrate them first, or they are asked to register again."),
    OVERLAPS_MIGRATION_GROUP(false, "The group shares users with the migration group that automatic sync is still "
            + "migrating: a change in MFA Server after the rollout is synced to Entra ID only while sync runs.");

    public final boolean blocks;
    public final String explanation;

    RolloutRule(boolean blocks, String explanation) {
        this.blocks = blocks;
        this.explanation = explanation;
    }
}
