package cutover.connection;

/**
 * Connecting to a tenant failed. The message says what happened in a sentence for the specialist (the cause keeps
 * the details for a log); it never contains a password or a token.
 */
public final class SignInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
