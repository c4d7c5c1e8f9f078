package cutover.importers.inventory.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What a report says about how it was made.
 *
 * @param collection the collected folder or ZIP as the user named it, or null when not known
 * @param createdAt when the report was made
 */
public record ReportContext(String collection, Instant createdAt) {

    public ReportContext {
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A report made now from the named collection (may be null). */
    public static ReportContext now(String collection) {
        return new ReportContext(collection, Instant.now());
    }
}
