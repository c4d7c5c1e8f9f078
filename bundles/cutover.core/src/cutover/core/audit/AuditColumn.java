package cutover.core.audit;

/** The columns of the audit view, in their default order. */
public enum AuditColumn {

    TIME("Time"),
    ORIGIN("Source"),
    ACTIVITY("Activity"),
    INITIATOR("Initiated by"),
    USER("User"),
    METHODS("Methods"),
    RESULT("Result"),
    SUMMARY("Changes");

    /** The column's heading. */
    public final String label;

    AuditColumn(String label) {
        this.label = label;
    }
}
