package cutover.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A write of a run with where it stands.
 *
 * @param runId the run
 * @param write what is written
 * @param state where it stands
 * @param attempts how often it was sent
 * @param updatedAt when the state last changed
 * @param resultId the id Graph gave the created method or device, or null
 * @param error why the last attempt failed, or null
 */
public record JournalEntry(long runId, JournalWrite write, EntryState state, int attempts, Instant updatedAt,
        String resultId, String error) {

    public JournalEntry {
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
