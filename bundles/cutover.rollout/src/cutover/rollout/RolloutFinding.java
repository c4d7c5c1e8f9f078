package cutover.rollout;

import java.util.List;
import java.util.Objects;

/**
 * One preflight finding: the rule, the group it concerns (or null for the whole policy), what was found, and the
 * users concerned (all of them; a view or report shows as many as it has room for).
 */
public record RolloutFinding(RolloutRule rule, String group, String found, List<String> users) {

    public RolloutFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(found, "found");
        users = List.copyOf(users);
    }

    public boolean blocks() {
        return rule.blocks;
    }

    /** One line: the group, what was found and why it matters. */
    public String describe() {
        return (group == null ? "" : group + ": ") + found + " " + rule.explanation;
    }
}
