package cutover.rollout;

/** Microsoft's documented limits of Staged Rollout for one feature. */
public final class RolloutLimits {

    public static final int MAX_GROUPS = 10;
    public static final int MAX_USERS_PER_GROUP = 50_000;
    public static final int MAX_USERS_TOTAL = 500_000;

    private RolloutLimits() {
    }
}
