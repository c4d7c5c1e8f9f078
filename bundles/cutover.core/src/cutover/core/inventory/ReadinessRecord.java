package cutover.core.inventory;

import java.time.Instant;
import java.util.Objects;

/**
 * The specialist's record of one dependency's migration, keyed by {@link Dependency#id()} so that it survives a
 * re-import of the same servers.
 *
 * @param dependencyId the dependency's id
 * @param readiness how far it has come
 * @param notes free text, possibly empty
 * @param updatedAt when the record last changed
 */
public record ReadinessRecord(String dependencyId, Readiness readiness, String notes, Instant updatedAt) {

    public ReadinessRecord {
        Objects.requireNonNull(dependencyId, "dependencyId");
        Objects.requireNonNull(readiness, "readiness");
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The record of a dependency nobody has touched yet. */
    public static ReadinessRecord notStarted(String dependencyId) {
        return new ReadinessRecord(dependencyId, Readiness.NOT_STARTED, "", Instant.EPOCH);
    }
}
