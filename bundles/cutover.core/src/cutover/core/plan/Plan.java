package cutover.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a migration run would do. Actions are ordered by the order of the MFA Server users, and within a user
 * phone writes (mobile, alternate mobile, office), mobile-app devices, the hardware OATH token, the
 * default method, and last the deletions of numbers that moved to another phone type (after the default method,
 * which may have been using the old number).
 *
 * @param actions the actions
 * @param summary counts over the actions
 */
public record Plan(List<PlanAction> actions, PlanSummary summary) {

    public Plan {
        actions = List.copyOf(actions);
        Objects.requireNonNull(summary, "summary");
    }
}
