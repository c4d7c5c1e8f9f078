package cutover.rollout.tenant;

import cutover.graph.GroupRef;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.CandidateGroup;
import cutover.rollout.RolloutPreflight;
import java.util.List;

/**
 * A change with everything its preflight found, read just before it would be sent. Nothing has been sent yet.
 *
 * @param before the policy now, or null when the tenant has none
 * @param group the group added or removed, or null for switching on and off
 * @param groupsAfter what the preflight checked: the policy's groups as they would be after the change (empty for a
 *            change that only narrows the rollout, which is checked for the sign-in only)
 */
public record RolloutReview(String tenantId, RolloutChange change, RolloutPolicy before, GroupRef group,
        List<CandidateGroup> groupsAfter, RolloutPreflight.Result result) {

    public RolloutReview {
        groupsAfter = List.copyOf(groupsAfter);
    }

    public boolean blocked() {
        return result.blocked();
    }
}
