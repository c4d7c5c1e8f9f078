package cutover.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.cli.bench.GraphBenchmark;
import cutover.cli.bench.ImportBenchmark;
import cutover.cli.bench.InventoryBenchmark;
import cutover.cli.bench.PlanBenchmark;
import cutover.cli.bench.StartupBenchmark;

/** {@code cutover bench import|plan|startup|writes|members|inventory|ui|audit}: the speed goals, measured here. */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure import, planning, start-up, Graph writes and paging, inventory, and the Group and Audit views";
    }

    @Override
    public String help() {
        return """
                Usage: cutover bench import [--users N] [--seed S] [--file FILE] [--rounds R]
                       cutover bench plan [--users N] [--seed S] [--rounds R]
                       cutover bench startup [--runs N]
                       cutover bench writes [--users N] [--time-scale X]
                       cutover bench members [--users N] [--latency MS]
                       cutover bench inventory [--radius-clients N] [--relying-parties M] [--seed S] [--rounds R]
                       cutover bench ui [--users N] [--latency MS]
                       cutover bench audit [--events N]

                bench import   generates an export of N users (default 500,000), or uses --file, then times the
                               raw baseline (reading the file and splitting its lines) and the full import, R rounds
                               each after a warm-up (default 3), and prints medians, the ratio and the live heap
                               held by the imported users. Goal: ratio ≤ 1.5 with heap ≤ 1 GiB.
                bench plan     generates N users (default 500,000) and the matching tenant snapshot, writes and
                               reads both files (parsing is reported separately), then times matching and planning,
                               R rounds after a warm-up (default 3). Goal: plan ≤ 2 s excluding parsing.
                bench startup  starts the workbench N times (default 5) and prints the time from launch to the
                               first painted window, each run and the median. Needs a display (e.g. Xvfb).
                               Goal: ≤ 2 s.
                bench writes   applies the plan of N users (default 20,000) to a local tenant that enforces Graph's
                               3,000 writes per 150 s with its clock X times faster (default 10), and prints the
                               write rate sustained after the first full bucket. Goal: ≥ 95 % of the budget, no
                               429 storms.
                bench members  reads the transitive members of an N-user (default 50,000) nested migration group,
                               999 per page, each call answered after MS ms (default 50). Goal: ≤ 10 s.
                bench inventory
                               writes a dependency collection with N RADIUS clients (default 10,000) and M AD FS
                               relying party trusts (default 2,000) into a temporary folder, then imports and
                               analyses it R times (default 5; the first round includes the JIT's warm-up) and
                               prints each round, the median, the files and bytes read, and the time to write the
                               HTML, CSV and JSON reports. Goal: import + analysis ≤ 2 s.
                bench ui       opens the workbench in a throw-away workspace with an N-member group (default
                               50,000) of a local tenant answering each call after MS ms (default 50), lists the
                               group in the Group view, then scrolls through every row, sorts by each column and
                               filters, and prints the listing time and the longest UI-thread stall of each step.
                               Needs a display (e.g. xvfb-run). Goals: listed with both sides' columns ≤ 10 s; no
                               stall over 100 ms while scrolling, sorting and filtering.
                bench audit    opens the workbench in a throw-away workspace and shows N generated audit events
                               (default 1,000,000) in the Audit view, then scrolls, sorts by each column both ways,
                               filters by user as a person types and by time, activity, method and source, and opens
                               a row's details; prints each step's filter-and-sort time (off the UI thread) and the
                               longest UI-thread stall per step. Needs a display. Goals: each filter and sort
                               ≤ 200 ms; no stall over 100 ms.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of("users", "seed", "file", "rounds", "runs", "time-scale",
                "latency", "radius-clients", "relying-parties"), Set.of());
        if (args.positional().size() != 1) {
            throw new UsageException("say what to measure: import, plan, startup, writes, members or inventory");
        }
        try {
            return switch (args.positional().get(0)) {
                case "import" -> {
                    String file = args.string("file", null);
                    new ImportBenchmark(out).run(file == null ? null : Path.of(file),
                            (int) args.number("users", 500_000, 1, 10_000_000), args.number("seed", 1, 0, Long.MAX_VALUE),
                            (int) args.number("rounds", 3, 1, 50));
                    yield ExitCode.OK;
                }
                case "plan" -> {
                    new PlanBenchmark(out).run((int) args.number("users", 500_000, 1, 5_000_000),
                            args.number("seed", 1, 0, Long.MAX_VALUE), (int) args.number("rounds", 3, 1, 50));
                    yield ExitCode.OK;
                }
                case "startup" -> new StartupBenchmark(out, err).run((int) args.number("runs", 5, 1, 50));
                case "writes" -> {
                    new GraphBenchmark(out).writes((int) args.number("users", 20_000, 100, 1_000_000),
                            Double.parseDouble(args.string("time-scale", "10")));
                    yield ExitCode.OK;
                }
                case "members" -> {
                    new GraphBenchmark(out).members((int) args.number("users", 50_000, 1, 2_000_000),
                            (int) args.number("latency", 50, 0, 10_000));
                    yield ExitCode.OK;
                }
                case "ui", "audit" -> {
                    String which = args.positional().get(0);
                    err.println("cutover bench " + which + ": it runs in the workbench; start it through the cutover "
                            + "launcher (./cutover bench " + which + ") with a display");
                    yield cutover.cli.ExitCode.FAILURE;
                }
                case "inventory" -> {
                    new InventoryBenchmark(out).run((int) args.number("radius-clients", 10_000, 0, 500_000),
                            (int) args.number("relying-parties", 2_000, 0, 100_000),
                            args.number("seed", 1, 0, Long.MAX_VALUE), (int) args.number("rounds", 5, 1, 50));
                    yield ExitCode.OK;
                }
                default -> throw new UsageException("unknown benchmark \"" + args.positional().get(0)
                        + "\" (import, plan, startup, writes, members, inventory, ui or audit)");
            };
        } catch (IOException e) {
            err.println("cutover bench: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
