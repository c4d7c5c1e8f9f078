package cutover.core.plan;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * What a migration run would do. Actions are ordered by the order of the MFA Server users, and within a user
 * phone writes (mobile, alternate mobile, office), mobile-app devices, the hardware OATH token, the
 * default method, and last the deletions of numbers that moved to another phone type (after the default method,
 * which may have been using the old number).
 *
 * <p>A plan of half a million users has nearly two million actions. Kept as objects they would fill the heap and
 * make every garbage collection copy them, so the plan keeps only each action's user, kind and rule, and puts an
 * action's words together again, by planning its user once more, when {@link #actions()} is read. Planning is
 * deterministic, so the action read is the action planned. Immutable and safe to share; each {@link #actions()}
 * view is for one thread.
 */
public final class Plan {

    private static final ActionKind[] KINDS = ActionKind.values();
    private static final RuleId[] RULES = RuleId.values();

    private final int[] userStart;
    private final int[] actionUser;
    private final byte[] kinds;
    private final byte[] rules;
    private final IntFunction<List<PlanAction>> planUser;
    private final IntFunction<String> fingerprintOfUser;
    private final PlanSummary summary;

    /**
     * @param userStart for each user index the index of its first action, and the number of actions at the end
     * @param actionUser for each action the index of its user
     * @param planUser plans the user of an index again, giving the same actions as the first time
     * @param fingerprintOfUser the {@link UserFingerprint} of the user of an index
     */
    Plan(int[] userStart, int[] actionUser, byte[] kinds, byte[] rules, IntFunction<List<PlanAction>> planUser,
            IntFunction<String> fingerprintOfUser, PlanSummary summary) {
        this.userStart = userStart;
        this.actionUser = actionUser;
        this.kinds = kinds;
        this.rules = rules;
        this.planUser = Objects.requireNonNull(planUser, "planUser");
        this.fingerprintOfUser = Objects.requireNonNull(fingerprintOfUser, "fingerprintOfUser");
        this.summary = Objects.requireNonNull(summary, "summary");
    }

    public PlanSummary summary() {
        return summary;
    }

    /** The number of actions. */
    public int size() {
        return actionUser.length;
    }

    /** The kind of action {@code index}, without putting the action together. */
    public ActionKind kind(int index) {
        return KINDS[kinds[index]];
    }

    /** The index (in the matching) of action {@code index}'s user, without putting the action together. */
    public int userOf(int index) {
        return actionUser[index];
    }

    /** The rule of action {@code index}, without putting the action together. */
    public RuleId rule(int index) {
        return RULES[rules[index]];
    }

    /**
     * The {@link UserFingerprint} of the MFA Server data of action {@code index}'s user: what apply records once all
     * the user's writes are confirmed, so that the next plan can skip the user while the data stays the same.
     */
    public String fingerprint(int index) {
        return fingerprintOfUser.apply(actionUser[index]);
    }

    /** The actions of the user at this index of the matching, in plan order. */
    public List<PlanAction> actionsOfUser(int userIndex) {
        List<PlanAction> actions = planUser.apply(userIndex);
        int expected = userStart[userIndex + 1] - userStart[userIndex];
        if (actions.size() != expected) {
            throw new IllegalStateException("planning user " + userIndex + " again gave " + actions.size()
                    + " actions instead of " + expected + "; the planner's inputs changed");
        }
        return actions;
    }

    /**
     * All actions, as a read-only list that puts each user's actions together when they are first read; reading
     * in order costs one more planning of each user. For one thread.
     */
    public List<PlanAction> actions() {
        return new ActionList();
    }

    private final class ActionList extends AbstractList<PlanAction> implements RandomAccess {

        private int cachedUser = -1;
        private List<PlanAction> cached;

        @Override
        public PlanAction get(int index) {
            int user = actionUser[index];
            if (user != cachedUser) {
                cached = actionsOfUser(user);
                cachedUser = user;
            }
            return cached.get(index - userStart[user]);
        }

        @Override
        public int size() {
            return actionUser.length;
        }
    }
}
