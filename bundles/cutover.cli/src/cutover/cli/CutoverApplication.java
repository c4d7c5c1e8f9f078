package cutover.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import cutover.cli.commands.AuditCommand;
import cutover.cli.commands.FederationCommand;
import cutover.cli.commands.RolloutCommand;
import cutover.cli.commands.BenchCommand;
import cutover.cli.commands.ApplyCommand;
import cutover.cli.commands.EmulatorCommand;
import cutover.cli.commands.GenerateCommand;
import cutover.cli.commands.HistoryCommand;
import cutover.cli.commands.ImportCommand;
import cutover.cli.commands.InventoryCommand;
import cutover.cli.commands.PlanCommand;
import cutover.cli.commands.RunsCommand;
import cutover.cli.commands.UsersCommand;
import cutover.cli.commands.SnapshotCommand;
import cutover.cli.commands.SyncCommand;
import cutover.cli.commands.UndoCommand;
import cutover.cli.commands.VerifyCommand;

/** The headless side of {@code ./cutover}: {@code cutover <command> …}. */
public class CutoverApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        return run(Arrays.asList(raw), System.out, System.err);
    }

    @Override
    public void stop() {
        // commands check for interruption themselves; nothing to release
    }

    public static int run(List<String> words, PrintStream out, PrintStream err) {
        List<Command> commands = List.of(new GenerateCommand(), new ImportCommand(), new PlanCommand(),
                new HistoryCommand(), new EmulatorCommand(), new SnapshotCommand(), new ApplyCommand(),
                new SyncCommand(), new VerifyCommand(), new UndoCommand(), new RunsCommand(), new UsersCommand(),
                new InventoryCommand(), new AuditCommand(), new RolloutCommand(), new FederationCommand(),
                new BenchCommand());
        if (words.isEmpty() || isHelp(words.get(0)) || words.get(0).equals("help") && words.size() == 1) {
            out.print(overview(commands));
            return ExitCode.OK;
        }
        String name = words.get(0).equals("help") ? words.get(1) : words.get(0);
        Command command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        if (command == null) {
            err.println("cutover: unknown command \"" + name + "\"");
            err.print(overview(commands));
            return ExitCode.USAGE;
        }
        List<String> rest = words.subList(1, words.size());
        if (words.get(0).equals("help") || rest.stream().anyMatch(CutoverApplication::isHelp)) {
            out.print(command.help());
            return ExitCode.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("cutover " + name + ": " + e.getMessage());
            err.println("Try: cutover " + name + " --help");
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            err.println("cutover " + name + ": internal error: " + e);
            e.printStackTrace(err);
            return ExitCode.FAILURE;
        }
    }

    private static boolean isHelp(String word) {
        return word.equals("--help") || word.equals("-h") || word.equals("-?");
    }

    private static String overview(List<Command> commands) {
        StringBuilder text = new StringBuilder("""
                Cutover — a workbench for migrating from MFA Server to Microsoft Entra multifactor authentication.

                Usage:
                  cutover                      open the workbench with a demo export, connected to the demo tenant
                  cutover demo [--users N]     the same, with N demo users (default 100,000)
                  cutover empty                open the workbench with nothing loaded
                  cutover open FILE            open the workbench with FILE in the Users view
                  cutover <command> [options]  run a command without a window

                Commands:
                """);
        for (Command command : commands) {
            text.append(String.format("  %-28s %s%n", command.name(), command.summary()));
        }
        text.append("""

                Run "cutover <command> --help" for a command's options.
                Exit codes: 0 success · 1 wrong command line · 2 bad input (file, line and reason on stderr) · 3 failure
                """);
        return text.toString();
    }
}
