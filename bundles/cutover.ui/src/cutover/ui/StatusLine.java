package cutover.ui;

/**
 * Event topics for the workbench status line. Parts post a short, human-readable message; the status line
 * control in the bottom trim shows the latest one. Posting through the event broker keeps parts free of any
 * reference to the application bundle.
 */
public final class StatusLine {

    /** Payload: a {@code String} to show, or an empty string to clear. */
    public static final String TOPIC_MESSAGE = "cutover/statusline/message";

    private StatusLine() {
    }
}
