package cutover.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.cli.Workspace;
import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.InventorySummary;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.inventory.InventoryImporter;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.importers.inventory.readiness.ReadinessFile;
import cutover.importers.inventory.report.InventoryReportWriter;
import cutover.importers.inventory.report.ReportContext;

/** {@code cutover inventory …}: what depends on MFA Server, where each goes, and the customer's checklist. */
public final class InventoryCommand implements Command {

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public String summary() {
        return "inventory what depends on MFA Server from collected files; recommendations and reports";
    }

    @Override
    public String help() {
        return """
                Usage: cutover inventory --in DIR|ZIP [--report FILE]…

                Reads a dependency collection: a folder, or a ZIP of one, with a folder per server holding the
                files of the collection checklist (NPS export, registry export, AD FS exports, web.config …; see
                docs/formats/inventory-inputs-v1.md). Finds every RADIUS client, NPS policy, AD FS relying party
                trust and adapter, LDAP client and Web Service SDK consumer, and recommends where each goes. Prints
                the counts; problems go to stderr as FILE:LINE: reason. The readiness recorded in the workspace
                ($CUTOVER_WORKSPACE, else ~/.cutover/workspace: inventory/readiness.json) appears in the reports.
                Which dependencies were found is recorded in the workspace (inventory/roster.json, replaced on
                every run; docs/formats/inventory-roster-v1.md) for the check before the federation switch.

                  --in DIR|ZIP    the collection (one collected file works too)
                  --report FILE   write a report; may be given several times. By the file name:
                                  .html or .htm  printable report for the customer, with a checklist
                                  .csv           one row per dependency, for spreadsheets
                                  .json          format cutover-inventory v1 (docs/formats/inventory-report-v1.md)
                Shared secrets and passwords in the collected files are never read into the inventory or a report.
                Exit code 0 when every file was read; 2 when the input is missing, or a file had problems (the
                reports and the roster are still written with everything else); 3 when a report or the roster
                cannot be written.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of("in", "report"), Set.of());
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument \"" + args.positional().get(0) + "\"");
        }
        Path in = args.path("in");
        List<Path> reports = new ArrayList<>();
        for (String report : args.strings("report")) {
            Path file = Path.of(report);
            try {
                InventoryReportWriter.formatOf(file);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            reports.add(file);
        }
        if (!Files.exists(in)) {
            err.println(in + ": the file or folder does not exist");
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isReadable(in)) {
            err.println(in + ": cannot be read: permission denied");
            return ExitCode.BAD_INPUT;
        }
        List<ReadinessRecord> readiness;
        ReadinessFile readinessFile = Workspace.folder() == null ? null : ReadinessFile.inWorkspace(Workspace.folder());
        try {
            readiness = readinessFile == null ? List.of() : readinessFile.load();
        } catch (IOException e) {
            err.println(e.getMessage());
            err.println("cutover inventory: the workspace's readiness file cannot be used; correct it or move it away"
                    + " (nothing was written)");
            return ExitCode.BAD_INPUT;
        }

        long started = System.nanoTime();
        ImportedInventory imported = new InventoryImporter().importFrom(in, new NullProgressMonitor());
        Inventory inventory = new DependencyAnalyzer().analyze(imported, readiness);
        Instant analysedAt = Instant.now();
        double seconds = (System.nanoTime() - started) / 1e9;
        for (InventoryProblem problem : inventory.problems()) {
            err.println(problem);
        }
        printSummary(out, in, imported, inventory, seconds);
        if (!readiness.isEmpty()) {
            out.printf(Locale.US, "Readiness: %,d records from %s%s%n", readiness.size(), readinessFile.file(),
                    inventory.orphanedReadiness().isEmpty() ? ""
                            : String.format(Locale.US, " (%,d for dependencies not in this collection)",
                                    inventory.orphanedReadiness().size()));
        }

        int exit = inventory.problems().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
        if (!recordRoster(in, analysedAt, inventory, out, err)) {
            exit = ExitCode.FAILURE;
        }
        ReportContext context = ReportContext.now(in.toString());
        for (Path report : reports) {
            try {
                InventoryReportWriter.write(report, inventory, context);
                out.println("Report written: " + report);
            } catch (IOException e) {
                err.println("cutover inventory: cannot write " + report + ": " + e.getMessage());
                exit = ExitCode.FAILURE;
            }
        }
        if (!inventory.problems().isEmpty()) {
            err.println(count(inventory.problems().size(), "problem", "problems")
                    + " in the collected files; what they hold is missing from the inventory");
        }
        return exit;
    }

    /** Records which dependencies were found, for the federation switch check; false when it could not be. */
    private static boolean recordRoster(Path in, Instant analysedAt, Inventory inventory, PrintStream out,
            PrintStream err) {
        Path workspace = Workspace.folder();
        if (workspace == null) {
            out.println("No workspace, so the roster of dependencies was not recorded");
            return true;
        }
        try {
            InventoryRoster.save(workspace, in.toString(), analysedAt,
                    inventory.dependencies().stream().map(AnalyzedDependency::dependency).toList());
        } catch (IOException e) {
            err.println("cutover inventory: cannot record the roster in " + InventoryRoster.fileIn(workspace) + ": "
                    + e.getMessage());
            return false;
        }
        out.println("Roster of " + count(inventory.dependencies().size(), "dependency", "dependencies")
                + " recorded in " + InventoryRoster.fileIn(workspace));
        return true;
    }

    private static void printSummary(PrintStream out, Path in, ImportedInventory imported, Inventory inventory,
            double seconds) {
        InventorySummary s = inventory.summary();
        out.printf(Locale.US, "%s: %s from %s read; %s skipped, %s (%.2f s)%n", in,
                count(s.total(), "dependency", "dependencies"), count(imported.filesRead(), "file", "files"),
                count(s.skippedFiles(), "file", "files"), count(s.problems(), "problem", "problems"), seconds);
        if (s.total() == 0) {
            return;
        }
        out.println("By category:");
        for (Map.Entry<DependencyCategory, Integer> e : s.byCategory().entrySet()) {
            if (e.getValue() > 0) {
                out.printf(Locale.US, "  %-36s %,8d%n", e.getKey().label(), e.getValue());
            }
        }
        out.println("By recommended target:");
        for (Map.Entry<MigrationTarget, Integer> e : s.byTarget().entrySet()) {
            if (e.getValue() > 0) {
                out.printf(Locale.US, "  %-36s %,8d%n", e.getKey().label(), e.getValue());
            }
        }
    }

    private static String count(int value, String one, String many) {
        return String.format(Locale.US, "%,d %s", value, value == 1 ? one : many);
    }
}
