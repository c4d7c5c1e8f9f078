package cutover.core.plan;

import java.util.ArrayList;
import java.util.List;

/** Collects the actions of one user in the order the rules add them. Not thread-safe. */
final class UserActions {

    private final String upn;
    private final String objectId;
    private final List<PlanAction> actions = new ArrayList<>(6);

    UserActions(String upn, String objectId) {
        this.upn = upn;
        this.objectId = objectId;
    }

    String upn() {
        return upn;
    }

    void write(GraphOperation operation, String bodySummary, RuleId rule, Reason reason) {
        actions.add(new PlanAction(upn, objectId, ActionKind.WRITE, operation, operation.api(), bodySummary, rule,
                reason));
    }

    void skip(RuleId rule, Reason reason) {
        actions.add(new PlanAction(upn, objectId, ActionKind.SKIP, null, GraphApi.NONE, null, rule, reason));
    }

    void cannotMigrate(RuleId rule, Reason reason) {
        actions.add(new PlanAction(upn, objectId, ActionKind.CANNOT_MIGRATE, null, GraphApi.NONE, null, rule, reason));
    }

    List<PlanAction> actions() {
        return actions;
    }
}
