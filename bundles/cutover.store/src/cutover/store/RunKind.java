package cutover.store;

/** What a run did: wrote a plan to Entra ID, or undid an earlier run's confirmed writes. */
public enum RunKind {
    APPLY, UNDO
}
