package cutover.core.plan;

import java.util.Objects;

/**
 * Choices of the migration specialist.
 *
 * @param defaultMethodMode when to set the default method
 * @param migrateAll plan users even when their data has not changed since the last migration
 */
public record PlanOptions(DefaultMethodMode defaultMethodMode, boolean migrateAll) {

    public PlanOptions {
        Objects.requireNonNull(defaultMethodMode, "defaultMethodMode");
    }

    /** Default method only when unset, changed users only. */
    public static PlanOptions defaults() {
        return new PlanOptions(DefaultMethodMode.IF_UNSET, false);
    }
}
