package cutover.core.plan;

import java.util.Objects;

/**
 * One line of the plan: what happens to one item of one user, and why. Never holds a secret: phone numbers appear
 * because they are what Graph writes, OATH secret keys never do.
 *
 * @param upn the MFA Server user's principal name
 * @param objectId the Entra user's object id; null when the user is unmatched or ambiguous
 * @param kind write, skip or cannot migrate
 * @param operation the Graph request; null unless {@code kind} is {@code WRITE}
 * @param api the Graph version of the request; {@code NONE} when nothing is sent, and for items no public API can
 *            write
 * @param bodySummary what the request body says, without secrets; null when nothing is sent or the request has no
 *            body
 * @param rule the rule that caused the action
 * @param reason the reason in words for the migration specialist
 */
public record PlanAction(String upn, String objectId, ActionKind kind, GraphOperation operation, GraphApi api,
        String bodySummary, RuleId rule, String reason) {

    public PlanAction {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if ((kind == ActionKind.WRITE) != (operation != null)) {
            throw new IllegalArgumentException("a Graph operation is given exactly for writes");
        }
        if (operation != null && (objectId == null || operation.api() != api)) {
            throw new IllegalArgumentException("a write needs the Entra object id and the operation's Graph version");
        }
    }

    /** The request path with the user's object id filled in, or null when nothing is sent. */
    public String path() {
        return operation == null ? null : operation.path(objectId);
    }
}
