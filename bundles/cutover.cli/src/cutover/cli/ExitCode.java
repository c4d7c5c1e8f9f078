package cutover.cli;

/** Exit codes of {@code cutover <command>}; documented in {@code cutover --help}. */
public final class ExitCode {
    public static final int OK = 0;
    /** Unknown command or option, missing argument. */
    public static final int USAGE = 1;
    /** The input could not be read, or some of it was rejected. */
    public static final int BAD_INPUT = 2;
    /** Something failed that is not the input's fault (disk full, a bug). */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
