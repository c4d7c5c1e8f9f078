package cutover.connection;

/**
 * What a sign-in needs from whoever started it. Called on the thread that signs in, never the UI thread: a UI
 * implementation hands the message over to its display.
 */
public interface SignInPrompt {

    /** For callers that cannot show anything: device-code sign-in then waits in vain until it expires. */
    SignInPrompt NONE = message -> {
    };

    /** Shows the device-code message: the code and the page where to enter it, on any device with a browser. */
    void deviceCode(String message);

    /** Asked while waiting for the sign-in: true stops waiting (the sign-in is abandoned). */
    default boolean cancelled() {
        return false;
    }
}
