package cutover.store;

/**
 * Where one write of a run stands. The journal records {@code SENT} before the request leaves and
 * {@code CONFIRMED} or {@code FAILED} after the answer, so a run stopped at any point knows which writes are done,
 * which never left, and which are in doubt (sent, no answer recorded) and must be read back before being sent
 * again.
 */
public enum EntryState {
    /** In the plan, not sent yet. */
    PLANNED,
    /** Sent; no answer recorded. After a crash this write is in doubt. */
    SENT,
    /** Graph confirmed the write. Never sent again. */
    CONFIRMED,
    /** Graph refused the write, or it could not be sent; may be sent again. */
    FAILED
}
