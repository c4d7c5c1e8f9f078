package cutover.importers.text;

/** The text is not strict JSON, or breaks a limit of {@link JsonReader}; the message says why for people. */
public final class InvalidJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    InvalidJsonException(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** 1-based, or 0 for the whole text. */
    public long line() {
        return line;
    }
}
