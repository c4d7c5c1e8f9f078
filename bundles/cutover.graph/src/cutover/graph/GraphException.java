package cutover.graph;

/**
 * Graph answered with an error, or could not be reached. {@link #status()} is the HTTP status (0 when there was
 * no answer) and {@link #code()} Graph's error code, for example {@code Request_UnsupportedQuery}.
 */
public final class GraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public GraphException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
