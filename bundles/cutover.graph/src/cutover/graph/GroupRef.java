package cutover.graph;

/** A group found by name or id. */
public record GroupRef(String id, String displayName) {
}
