package cutover.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cutover.cli.CutoverApplication;

/** Runs {@code cutover <words>} in-process and keeps what it printed. */
final class Cli {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... words) {
        out.reset();
        err.reset();
        return CutoverApplication.run(List.of(words), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Puts the workspace property back as it was before a test changed it. */
    static void restoreWorkspace(String before) {
        if (before == null) {
            System.clearProperty("cutover.workspace");
        } else {
            System.setProperty("cutover.workspace", before);
        }
    }
}
