package cutover.core.plan;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Adds up a plan user by user into a {@link PlanSummary}. Not thread-safe. */
final class PlanCounter {

    private final int[] byKind = new int[ActionKind.values().length];
    private final int[] byRule = new int[RuleId.values().length];
    private final Map<GraphOperation, Integer> byOperation = new HashMap<>();
    private int users;
    private int usersWithWrites;
    private int usersUnchanged;
    private int usersUnmatched;
    private int usersAmbiguous;

    /** Adds the actions of one user (possibly none). */
    void addUser(List<PlanAction> actions) {
        users++;
        boolean writes = false;
        for (PlanAction action : actions) {
            byKind[action.kind().ordinal()]++;
            byRule[action.rule().ordinal()]++;
            if (action.operation() != null) {
                writes = true;
                byOperation.merge(action.operation(), 1, Integer::sum);
            }
        }
        if (writes) {
            usersWithWrites++;
        }
        if (actions.size() == 1) {
            switch (actions.get(0).rule()) {
                case UNCHANGED_SKIPPED -> usersUnchanged++;
                case MATCH_UNMATCHED -> usersUnmatched++;
                case MATCH_AMBIGUOUS -> usersAmbiguous++;
                default -> {
                    // an ordinary user with a single action
                }
            }
        }
    }

    /** Adds the counts of another counter, for example of another part of the users. */
    void add(PlanCounter other) {
        for (int i = 0; i < byKind.length; i++) {
            byKind[i] += other.byKind[i];
        }
        for (int i = 0; i < byRule.length; i++) {
            byRule[i] += other.byRule[i];
        }
        other.byOperation.forEach((operation, count) -> byOperation.merge(operation, count, Integer::sum));
        users += other.users;
        usersWithWrites += other.usersWithWrites;
        usersUnchanged += other.usersUnchanged;
        usersUnmatched += other.usersUnmatched;
        usersAmbiguous += other.usersAmbiguous;
    }

    PlanSummary summary() {
        Map<ActionKind, Integer> kinds = new EnumMap<>(ActionKind.class);
        for (ActionKind kind : ActionKind.values()) {
            if (byKind[kind.ordinal()] > 0) {
                kinds.put(kind, byKind[kind.ordinal()]);
            }
        }
        Map<RuleId, Integer> rules = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            if (byRule[rule.ordinal()] > 0) {
                rules.put(rule, byRule[rule.ordinal()]);
            }
        }
        Map<String, Integer> operations = new TreeMap<>();
        byOperation.forEach((operation, count) -> operations.merge(operation.toString(), count, Integer::sum));
        return new PlanSummary(kinds, rules, operations, users, usersWithWrites, usersUnchanged, usersUnmatched,
                usersAmbiguous);
    }
}
