package cutover.cli.commands;

import cutover.cli.Args;
import cutover.cli.Command;
import cutover.cli.ExitCode;
import cutover.cli.UsageException;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.FaultRates;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code cutover emulator}: a Graph-compatible local tenant on this machine, until stopped. */
public final class EmulatorCommand implements Command {

    @Override
    public String name() {
        return "emulator";
    }

    @Override
    public String summary() {
        return "run a Graph-compatible local tenant on 127.0.0.1 for trying Cutover out, tests and benchmarks";
    }

    @Override
    public String help() {
        return """
                Usage: cutover emulator [--port P] [--users N] [--seed S] [--state FILE]
                                        [--fault-rate R] [--latency MS] [--time-scale X]

                Serves Microsoft Graph's users, groups, authentication methods, sign-in preferences, hardware
                OATH (beta), the methods policy and $batch on http://127.0.0.1:P, with Graph's paging, errors
                and write throttling (3,000 writes per 150 s). Stop it with Ctrl+C; with --state the tenant is
                saved there and loaded from there next time. Commands reach it with --tenant http://127.0.0.1:P.
                --port P          0 (default) picks a free port
                --users N         synthetic users, matching "cutover generate mfaserver" of the same N and seed
                --seed S          (default 42)
                --fault-rate R    share of calls answered 429, 503 or 504, or dropped (0 to 1, default 0)
                --latency MS      delay every call (default 0)
                --time-scale X    run the throttling clock X times faster (benchmarks)
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) throws UsageException {
        Args args = Args.parse(words, Set.of("port", "users", "seed", "state", "fault-rate", "latency", "time-scale"),
                Set.of());
        int port = (int) args.number("port", 0, 0, 65_535);
        int users = (int) args.number("users", 10_000, 1, 2_000_000);
        long seed = args.number("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        String state = args.string("state", null);
        double faults = Double.parseDouble(args.string("fault-rate", "0"));
        if (faults < 0 || faults > 1) {
            throw new UsageException("--fault-rate must be between 0 and 1");
        }
        try {
            LocalTenant tenant = state != null && Files.isRegularFile(Path.of(state)) ? LocalTenant.load(Path.of(state))
                    : LocalTenant.synthetic(seed, users);
            EmulatorOptions options = EmulatorOptions.builder().port(port).seed(seed).users(users)
                    .latency(Duration.ofMillis(args.number("latency", 0, 0, 60_000)))
                    .timeScale(Double.parseDouble(args.string("time-scale", "1")))
                    .faults(FaultRates.none().withThrottle(faults / 4).withUnavailable(faults / 4)
                            .withGatewayTimeout(faults / 4).withConnectionReset(faults / 4))
                    .build();
            GraphEmulator emulator = GraphEmulator.start(tenant, options);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                emulator.close();
                if (state != null) {
                    try {
                        tenant.save(Path.of(state));
                    } catch (IOException e) {
                        System.err.println("cutover emulator: cannot save " + state + ": " + e.getMessage());
                    }
                }
                stopped.countDown();
            }));
            out.printf(Locale.US, "Local tenant %s with %,d users on %s (Ctrl+C stops it)%n", tenant.tenantId(),
                    tenant.userCount(), emulator.baseUrl());
            out.flush();
            stopped.await();
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("cutover emulator: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK;
        }
    }
}
