package cutover.cli;

import java.io.PrintStream;
import java.util.List;

/** One word of {@code cutover <command>}. */
public interface Command {

    String name();

    /** One line for the command list. */
    String summary();

    /** Full help, shown by {@code cutover <command> --help}. */
    String help();

    /** @return an {@link ExitCode} */
    int run(List<String> words, PrintStream out, PrintStream err) throws UsageException;
}
