package cutover.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The tenant's directory audit log, oldest entry first. It keeps at most {@link #CAPACITY} entries and drops the
 * oldest to make room, which keeps the state file of a large tenant within reason (an entry takes about 1 KB). Graph
 * itself keeps 7 or 30 days. Guarded by the tenant's lock.
 */
final class AuditTrail {

    static final int CAPACITY = 50_000;

    private final int capacity;
    private final ArrayDeque<AuditEntry> entries = new ArrayDeque<>();

    AuditTrail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    void add(AuditEntry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** A copy of the entries in the order they were recorded. */
    List<AuditEntry> entries() {
        return new ArrayList<>(entries);
    }

    int size() {
        return entries.size();
    }
}
