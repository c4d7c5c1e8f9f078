package cutover.core.plan;

import java.util.Objects;

/**
 * One line of the plan: what happens to one item of one user, and why. Never holds a secret: phone numbers appear
 * because they are what Graph writes, OATH secret keys never do. Immutable; two actions are equal when all their
 * values, the reason's words included, are.
 */
public final class PlanAction {

    private final String upn;
    private final String objectId;
    private final ActionKind kind;
    private final GraphOperation operation;
    private final GraphApi api;
    private final String bodySummary;
    private final RuleId rule;
    private final Reason reason;

    /**
     * @param upn the MFA Server user's principal name
     * @param objectId the Entra user's object id; null when the user is unmatched or ambiguous
     * @param kind write, skip or cannot migrate
     * @param operation the Graph request; null unless {@code kind} is {@code WRITE}
     * @param api the Graph version of the request; {@code NONE} when nothing is sent, and for items no public API
     *            can write
     * @param bodySummary what the request body says, without secrets; null when nothing is sent or the request has
     *            no body
     * @param rule the rule that caused the action
     * @param reason the reason in words for the migration specialist
     */
    public PlanAction(String upn, String objectId, ActionKind kind, GraphOperation operation, GraphApi api,
            String bodySummary, RuleId rule, String reason) {
        this(upn, objectId, kind, operation, api, bodySummary, rule, constant(reason));
    }

    PlanAction(String upn, String objectId, ActionKind kind, GraphOperation operation, GraphApi api,
            String bodySummary, RuleId rule, Reason reason) {
        this.upn = Objects.requireNonNull(upn, "upn");
        this.objectId = objectId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.operation = operation;
        this.api = Objects.requireNonNull(api, "api");
        this.bodySummary = bodySummary;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.reason = Objects.requireNonNull(reason, "reason");
        if ((kind == ActionKind.WRITE) != (operation != null)) {
            throw new IllegalArgumentException("a Graph operation is given exactly for writes");
        }
        if (operation != null && (objectId == null || operation.api() != api)) {
            throw new IllegalArgumentException("a write needs the Entra object id and the operation's Graph version");
        }
    }

    private static Reason constant(String text) {
        Objects.requireNonNull(text, "reason");
        return () -> text;
    }

    public String upn() {
        return upn;
    }

    public String objectId() {
        return objectId;
    }

    public ActionKind kind() {
        return kind;
    }

    public GraphOperation operation() {
        return operation;
    }

    public GraphApi api() {
        return api;
    }

    public String bodySummary() {
        return bodySummary;
    }

    public RuleId rule() {
        return rule;
    }

    /** The reason in words; put together on each call, so read it once per use. */
    public String reason() {
        return reason.text();
    }

    /** The request path with the user's object id filled in, or null when nothing is sent. */
    public String path() {
        return operation == null ? null : operation.path(objectId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlanAction that && upn.equals(that.upn) && Objects.equals(objectId, that.objectId)
                && kind == that.kind && Objects.equals(operation, that.operation) && api == that.api
                && Objects.equals(bodySummary, that.bodySummary) && rule == that.rule
                && reason().equals(that.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(upn, objectId, kind, operation, api, bodySummary, rule, reason());
    }

    @Override
    public String toString() {
        return "PlanAction[upn=" + upn + ", objectId=" + objectId + ", kind=" + kind + ", operation=" + operation
                + ", api=" + api + ", bodySummary=" + bodySummary + ", rule=" + rule + ", reason=" + reason() + "]";
    }
}
