package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.core.plan.MigrationHistory;
import cutover.importers.mfaserver.ImportProblem;
import cutover.importers.mfaserver.MigrationHistoryFile;
import cutover.store.Journal;
import cutover.store.JournalException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code cutover history import|export FILE}: the workspace's migration history to and from a file. */
public final class HistoryCommand implements Command {

    @Override
    public String name() {
        return "history";
    }

    @Override
    public String summary() {
        return "import or export the workspace's migration history (for planning only changed users)";
    }

    @Override
    public String help() {
        return """
                Usage: cutover history import FILE
                       cutover history export FILE

                The workspace journal keeps, per migrated user, the fingerprint of the data written and when;
                "cutover plan" skips users whose data has not changed since. FILE is format
                cutover-migration-history v1 (docs/formats/migration-history-v1.md).
                import   adds the users of FILE to the journal (a user already there is replaced)
                export   writes the journal's history to FILE
                The workspace is $CUTOVER_WORKSPACE, else ~/.cutover/workspace.
                Exit code 2 when FILE cannot be read or has bad lines (those are listed and left out).
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of(), Set.of());
        if (args.positional().size() != 2 || !Set.of("import", "export").contains(args.positional().get(0))) {
            throw new UsageException("say \"cutover history import FILE\" or \"cutover history export FILE\"");
        }
        Path workspace = Workspace.folder();
        if (workspace == null) {
            err.println("cutover history: no workspace; start the command through the cutover launcher");
            return ExitCode.FAILURE;
        }
        Path file = Path.of(args.positional().get(1));
        try (Journal journal = Journal.open(workspace)) {
            if (args.positional().get(0).equals("export")) {
                MigrationHistory history = journal.history();
                new MigrationHistoryFile().write(file, history);
                out.printf(Locale.US, "Wrote the migration history of %,d users to %s%n", history.size(), file);
                return ExitCode.OK;
            }
            List<ImportProblem> problems = new ArrayList<>();
            MigrationHistory history = new MigrationHistoryFile().read(file, problems::add);
            journal.recordMigrated(history.users());
            problems.forEach(err::println);
            out.printf(Locale.US, "Imported the migration history of %,d users into %s%n", history.size(), workspace);
            return problems.isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (JournalException e) {
            err.println("cutover history: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
