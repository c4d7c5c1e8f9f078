package cutover.core.audit;

/** Where a row of the audit view comes from. */
public enum AuditOrigin {

    /** Entra ID's directory audit log. */
    ENTRA("Entra ID"),
    /** Cutover's own journal of the writes it sent. */
    JOURNAL("Cutover journal");

    /** The name shown to the specialist. */
    public final String label;

    AuditOrigin(String label) {
        this.label = label;
    }
}
