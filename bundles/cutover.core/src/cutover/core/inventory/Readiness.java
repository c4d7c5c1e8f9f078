package cutover.core.inventory;

/** How far the migration of one dependency has come, as the specialist records it. */
public enum Readiness {

    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    MIGRATED("Migrated"),
    VERIFIED("Verified");

    private final String label;

    Readiness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the dependency has moved off MFA Server, verified yet or not. */
    public boolean isMigrated() {
        return this == MIGRATED || this == VERIFIED;
    }
}
