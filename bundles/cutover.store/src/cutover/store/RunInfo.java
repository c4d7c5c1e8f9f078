package cutover.store;

import java.time.Instant;
import java.util.Map;

/**
 * One run in the journal's history.
 *
 * @param id the run id, increasing
 * @param kind apply or undo
 * @param undoOf the run an undo run undoes, or null
 * @param tenantId the Entra tenant written to
 * @param source what was applied, for example the plan file
 * @param startedAt when the run started
 * @param finishedAt when it finished, or null while it is unfinished (running, or stopped before the end)
 * @param writesByState how many of its writes are in each state
 */
public record RunInfo(long id, RunKind kind, Long undoOf, String tenantId, String source, Instant startedAt,
        Instant finishedAt, Map<EntryState, Integer> writesByState) {

    public RunInfo {
        writesByState = Map.copyOf(writesByState);
    }

    public int count(EntryState state) {
        return writesByState.getOrDefault(state, 0);
    }

    /** All the run's writes, whatever their state. */
    public int total() {
        return writesByState.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Writes neither confirmed nor failed: what resuming the run would still send (or read back). */
    public int left() {
        return total() - count(EntryState.CONFIRMED) - count(EntryState.FAILED);
    }
}
