package cutover.store;

/**
 * What a run did: wrote a plan to Entra ID (from a plan file or the workbench), wrote the changed users of a group
 * for the unattended sync service, or undid an earlier run's confirmed writes.
 */
public enum RunKind {
    APPLY, UNDO, SYNC
}
