package cutover.importers.inventory;

/**
 * A collected file cannot be read: not the format it claims, truncated, hostile, or wrongly encoded. Carries the
 * 1-based line (0 for the whole file) and a message for people; no stack trace, it is an expected outcome.
 */
final class InventoryFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    InventoryFormatException(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    long line() {
        return line;
    }
}
