package cutover.core.plan;

/** What the plan does about one item. */
public enum ActionKind {
    /** A Graph request will be sent. */
    WRITE,
    /** Nothing needs to be written: already there, or left out on purpose by a rule. */
    SKIP,
    /** The item would be wanted in Entra ID, but Cutover cannot write it; the reason says what to do instead. */
    CANNOT_MIGRATE
}
