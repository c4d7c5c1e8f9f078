package cutover.ui;

/**
 * The workbench status line. A part sets a short, human-readable message under {@link #CONTEXT_KEY} in the
 * application's Eclipse context; the status line control in the bottom trim is injected with it and shows the
 * latest one, also when it is created after the message was set. Parts need no reference to the application.
 */
public final class StatusLine {

    /** Context key of the message: a {@code String}, or {@code null} for the idle text. */
    public static final String CONTEXT_KEY = "cutover.statusline.message";

    private StatusLine() {
    }
}
