package cutover.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints preflight findings the same way for every switch: blocking ones first, each with who it concerns. */
final class FindingLines {

    /** How many users or dependencies a finding names on the terminal before it says how many more. */
    static final int NAMED = 10;

    private FindingLines() {
    }

    static void print(PrintStream out, boolean blocks, String text, List<String> concerned) {
        out.println((blocks ? "  BLOCKS   " : "  WARNING  ") + text);
        concerned.stream().limit(NAMED).forEach(name -> out.println("             " + name));
        if (concerned.size() > NAMED) {
            out.println(String.format(Locale.US, "             … and %,d more", concerned.size() - NAMED));
        }
    }
}
