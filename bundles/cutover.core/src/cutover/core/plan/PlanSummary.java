package cutover.core.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a plan. Maps iterate in a fixed order (kinds and rules in declaration order, operations sorted) and
 * leave out zero counts.
 *
 * @param actionsByKind number of actions per kind
 * @param actionsByRule number of actions per rule
 * @param writesByOperation number of writes per Graph operation, keyed by {@link GraphOperation#toString()}
 * @param users MFA Server users planned
 * @param usersWithWrites users with at least one write
 * @param usersUnchanged users skipped because their data has not changed
 * @param usersUnmatched users without an Entra user
 * @param usersAmbiguous users with several possible Entra users
 */
public record PlanSummary(Map<ActionKind, Integer> actionsByKind, Map<RuleId, Integer> actionsByRule,
        Map<String, Integer> writesByOperation, int users, int usersWithWrites, int usersUnchanged,
        int usersUnmatched, int usersAmbiguous) {

    public PlanSummary {
        EnumMap<ActionKind, Integer> kinds = new EnumMap<>(ActionKind.class);
        kinds.putAll(actionsByKind);
        actionsByKind = Collections.unmodifiableMap(kinds);
        EnumMap<RuleId, Integer> rules = new EnumMap<>(RuleId.class);
        rules.putAll(actionsByRule);
        actionsByRule = Collections.unmodifiableMap(rules);
        writesByOperation = Collections.unmodifiableMap(new TreeMap<>(writesByOperation));
    }

    /** Actions of one kind; 0 when there are none. */
    public int count(ActionKind kind) {
        return actionsByKind.getOrDefault(kind, 0);
    }

    /** Actions caused by one rule; 0 when there are none. */
    public int count(RuleId rule) {
        return actionsByRule.getOrDefault(rule, 0);
    }
}
