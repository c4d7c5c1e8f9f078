package cutover.core.audit;

/** One modified property of an audited change; old and new values are the JSON text Graph gives, or null. */
public record PropertyChange(String displayName, String oldValue, String newValue) {
}
