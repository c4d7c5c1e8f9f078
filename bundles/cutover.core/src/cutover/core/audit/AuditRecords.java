package cutover.core.audit;

import java.util.List;

/** Makes the audit view's rows out of Entra ID's audit events. */
public final class AuditRecords {

    /** A pseudo-property of "Update user" that lists the names of the others; it says nothing of its own. */
    private static final String INCLUDED_UPDATED_PROPERTIES = "Included Updated Properties";

    private AuditRecords() {
    }

    /**
     * The row of an Entra ID event: the methods its legacy MFA properties touched and its changes in one line (the
     * decoder's lines for the properties {@link StrongAuthenticationDecoder} knows, "<i>name</i> changed" for the
     * others). Never throws on an unreadable value: it touches no method and is summarised raw.
     */
    public static AuditRecord of(AuditEvent event) {
        return new AuditRecord(AuditOrigin.ENTRA, event.id(), event.activityDateTime(), event.activityDisplayName(),
                initiatorOf(event.initiator()), event.targetUserPrincipalName(), event.targetUserId(), event.result(),
                methodsOf(event.changes()), summaryOf(event.changes()));
    }

    /** The app's name, else the user's UPN, else the app's or the user's id, else "unknown". */
    static String initiatorOf(AuditEvent.Initiator initiator) {
        if (initiator.name() != null) {
            return initiator.name();
        }
        if (initiator.appId() != null) {
            return initiator.appId();
        }
        return initiator.userId() != null ? initiator.userId() : "unknown";
    }

    static int methodsOf(List<PropertyChange> changes) {
        int methods = 0;
        for (PropertyChange change : changes) {
            methods |= StrongAuthenticationDecoder.touchedMethods(change);
        }
        return methods;
    }

    static String summaryOf(List<PropertyChange> changes) {
        StringBuilder summary = new StringBuilder();
        for (PropertyChange change : changes) {
            if (StrongAuthenticationDecoder.decodes(change)) {
                for (String line : StrongAuthenticationDecoder.decode(change)) {
                    append(summary, line);
                }
            } else if (!INCLUDED_UPDATED_PROPERTIES.equals(change.displayName())) {
                append(summary, change.displayName() + " changed");
            }
        }
        return summary.toString();
    }

    private static void append(StringBuilder summary, String part) {
        if (!summary.isEmpty()) {
            summary.append("; ");
        }
        summary.append(part);
    }
}
