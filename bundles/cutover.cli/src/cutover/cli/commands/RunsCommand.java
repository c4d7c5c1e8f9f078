package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalException;
import cutover.store.RunInfo;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code cutover runs}: the workspace journal's run history. */
public final class RunsCommand implements Command {

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public String summary() {
        return "list the runs in the workspace journal, newest first, with their writes by state";
    }

    @Override
    public String help() {
        return """
                Usage: cutover runs

                One line per run of the workspace journal, newest first: id, apply or undo, tenant, start and end
                (or "unfinished"), and its writes by state: confirmed, failed, in doubt (sent, no answer
                recorded) and not sent yet. The workspace is $CUTOVER_WORKSPACE, else ~/.cutover/workspace.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of(), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        if (!Workspace.hasJournal()) {
            out.println("No runs yet: the workspace " + Workspace.folder() + " has no journal.");
            return ExitCode.OK;
        }
        try (Journal journal = Journal.open(Workspace.folder())) {
            List<RunInfo> runs = journal.runs();
            if (runs.isEmpty()) {
                out.println("No runs yet.");
            }
            for (RunInfo run : runs) {
                out.printf(Locale.US, "run %d  %s%s  tenant %s  %s → %s  %,d confirmed, %,d failed, %,d in doubt, "
                        + "%,d not sent  (%s)%n", run.id(), run.kind().name().toLowerCase(Locale.ROOT),
                        run.undoOf() == null ? "" : " of run " + run.undoOf(), run.tenantId(), run.startedAt(),
                        run.finishedAt() == null ? "unfinished" : run.finishedAt(), run.count(EntryState.CONFIRMED),
                        run.count(EntryState.FAILED), run.count(EntryState.SENT), run.count(EntryState.PLANNED),
                        run.source());
            }
            return ExitCode.OK;
        } catch (JournalException e) {
            err.println("cutover runs: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
