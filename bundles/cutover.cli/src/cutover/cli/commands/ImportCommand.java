package cutover.cli.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.importers.mfaserver.ImportSummary;
import cutover.importers.mfaserver.MfaServerExportReader;
import cutover.importers.mfaserver.MfaServerImportException;

/** {@code cutover import --validate FILE}: read an export and report what would be imported and what not. */
public final class ImportCommand implements Command {

    private static final int DEFAULT_LISTED = 1000;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "check an MFA Server export: counts, and every rejected line with its reason";
    }

    @Override
    public String help() {
        return """
                Usage: cutover import --validate FILE [--max-listed N]

                Reads an MFA Server export (format v1, CSV or JSON Lines) exactly as the workbench does, prints
                how many users it holds, and lists each rejected line on stderr as FILE:LINE: reason.
                Exit code 0 when every line is valid, 2 when the file cannot be read or any line was rejected.

                Options:
                  --validate FILE   the export to check
                  --max-listed N    list at most N rejected lines (default 1000; all are counted)
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of("validate", "max-listed"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\" (use --validate FILE)");
        }
        Path file = args.path("validate");
        long maxListed = args.number("max-listed", DEFAULT_LISTED, 0, Long.MAX_VALUE);
        AtomicLong users = new AtomicLong();
        AtomicLong listed = new AtomicLong();
        ImportSummary summary;
        try {
            summary = new MfaServerExportReader().read(file, user -> users.incrementAndGet(), problem -> {
                if (listed.getAndIncrement() < maxListed) {
                    err.println(problem);
                }
            }, new NullProgressMonitor());
        } catch (MfaServerImportException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (summary.linesRejected() > maxListed) {
            err.printf(Locale.US, "… %,d more rejected lines not listed%n", summary.linesRejected() - maxListed);
        }
        out.printf(Locale.US, "%s: %s, %,d lines read, %,d users valid, %,d lines rejected (%.2f s)%n", file,
                summary.encoding(), summary.linesRead(), summary.usersAccepted(), summary.linesRejected(),
                summary.elapsed().toNanos() / 1e9);
        return summary.linesRejected() == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
