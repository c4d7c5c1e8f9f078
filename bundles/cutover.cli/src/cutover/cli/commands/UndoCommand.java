package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.TenantSession;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.graph.ApplyRun;
import cutover.graph.GraphException;
import cutover.graph.SnapshotReader;
import cutover.graph.WritePacer;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalException;
import cutover.store.RunInfo;
import cutover.store.RunKind;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.core.runtime.NullProgressMonitor;

/** {@code cutover undo --run ID --tenant …}: takes back the confirmed writes of an apply run. */
public final class UndoCommand implements Command {

    @Override
    public String name() {
        return "undo";
    }

    @Override
    public String summary() {
        return "take back the confirmed writes of an apply run (as a journaled undo run)";
    }

    @Override
    public String help() {
        return """
                Usage: cutover undo --run RUN --tenant T

                Before each write, apply read what the user had; undo writes that back, newest write first: an
                added phone is deleted, a changed number or default method is set back, a deleted number is added
                again. The undo is itself a journaled run ("cutover runs"); its users leave the migration history.
                A default method that Entra ID did not have before cannot be unset through Graph: such writes are
                left as they are and counted.
                """ + TenantSession.HELP;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Set<String> options = new HashSet<>(TenantSession.OPTIONS);
        options.add("run");
        Args args = Args.parse(words, options, TenantSession.FLAGS);
        long run = args.number("run", -1, 1, Long.MAX_VALUE);
        if (run < 0) {
            throw new UsageException("say which run to undo: --run RUN (\"cutover runs\" lists them)");
        }
        if (!Workspace.hasJournal()) {
            err.println("cutover undo: the workspace " + Workspace.folder() + " has no journal");
            return ExitCode.BAD_INPUT;
        }
        try (TenantSession tenant = TenantSession.open(args, out);
                Journal journal = Journal.open(Workspace.folder())) {
            if (!tenant.preflight(err, cutover.graph.Preflight.Operation.SNAPSHOT,
                    cutover.graph.Preflight.Operation.APPLY)) {
                return ExitCode.FAILURE;
            }
            RunInfo info = journal.runs().stream().filter(r -> r.id() == run).findFirst().orElse(null);
            if (info == null || info.kind() == RunKind.UNDO) {
                err.println("cutover undo: there is no apply run " + run + " in the journal");
                return ExitCode.BAD_INPUT;
            }
            String tenantId = new SnapshotReader(tenant.connection()).tenantId();
            if (!info.tenantId().equalsIgnoreCase(tenantId)) {
                err.println("cutover undo: run " + run + " wrote to tenant " + info.tenantId() + ", not to "
                        + tenant.name() + " (" + tenantId + "); nothing was written");
                return ExitCode.BAD_INPUT;
            }
            List<JournalEntry> applied = journal.entries(run);
            long confirmed = applied.stream().filter(e -> e.state() == EntryState.CONFIRMED).count();
            ApplyRun apply = new ApplyRun(tenant.connection(), journal, WritePacer.documented(), 4);
            long undo = apply.startUndo(run, tenantId);
            List<JournalEntry> entries = apply.run(undo, new NullProgressMonitor(), p -> { });
            long undone = entries.stream().filter(e -> e.state() == EntryState.CONFIRMED).count();
            Set<String> users = new LinkedHashSet<>();
            applied.forEach(e -> users.add(e.write().upn()));
            if (undone == entries.size()) {
                journal.forgetMigrated(users);
            }
            out.printf(Locale.US, "Run %d (undo of run %d): %,d of %,d writes taken back; %,d of the run's %,d "
                    + "confirmed writes cannot be taken back through Graph%n", undo, run, undone, entries.size(),
                    confirmed - entries.size(), confirmed);
            return undone == entries.size() ? ExitCode.OK : ExitCode.FAILURE;
        } catch (GraphException | JournalException | IOException e) {
            err.println("cutover undo: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
