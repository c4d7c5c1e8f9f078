package cutover.rollout;

import java.util.List;
import java.util.Objects;

/**
 * What Staged Rollout's preflight knows about a group it is to target: its kind and its direct members, as Graph
 * lists them.
 *
 * @param dynamic whether membership is rule-based ({@code DynamicMembership}); Staged Rollout refuses such groups
 * @param nestedGroups direct members that are groups; Staged Rollout does not reach their members
 * @param contacts direct members that are organisational contacts
 * @param memberUpns the user principal names of the direct user members
 * @param cloudOnlyUpns those of them not synchronised from on-premises Active Directory
 */
public record CandidateGroup(String id, String displayName, boolean dynamic, int nestedGroups, int contacts,
        List<String> memberUpns, List<String> cloudOnlyUpns) {

    public CandidateGroup {
        Objects.requireNonNull(id, "id");
        displayName = displayName == null ? id : displayName;
        memberUpns = List.copyOf(memberUpns);
        cloudOnlyUpns = List.copyOf(cloudOnlyUpns);
    }

    public int users() {
        return memberUpns.size();
    }
}
