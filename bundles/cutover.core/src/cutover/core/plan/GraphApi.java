package cutover.core.plan;

/** Which Microsoft Graph endpoint an action needs. */
public enum GraphApi {
    V1_0,
    BETA,
    /** No public API can do it. */
    NONE
}
