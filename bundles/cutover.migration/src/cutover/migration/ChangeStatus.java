package cutover.migration;

/** Where a group member stands against what earlier migrations recorded. */
public enum ChangeStatus {
    /** Has MFA Server data that was never migrated. */
    NEW("new"),
    /** Was migrated, and the MFA Server data changed since. */
    CHANGED("changed"),
    /** Was migrated and nothing changed since. */
    UNCHANGED("migrated"),
    /** Has no MFA Server data in the export (or could not be matched to one user). */
    NO_MFA_DATA("no MFA Server data");

    private final String label;

    ChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether "only changed users" migrates this member. */
    public boolean needsMigration() {
        return this == NEW || this == CHANGED;
    }
}
