package cutover.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cutover.cli.ExitCode;

/**
 * Starts the installed workbench several times through its launcher script, each in a fresh workspace, and reads
 * how long each took from launch to the first painted window (the application's start-up probe writes it, then
 * closes the window). The clock starts here, before the script runs, so the script's own work is counted.
 */
public final class StartupBenchmark {

    private static final long RUN_TIMEOUT_SECONDS = 120;
    private final PrintStream out;
    private final PrintStream err;

    public StartupBenchmark(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(int runs) throws IOException {
        if (System.getenv("DISPLAY") == null && !isWindows()) {
            err.println("cutover bench startup: needs a display; run it under Xvfb, e.g. xvfb-run -a ./cutover bench startup");
            return ExitCode.FAILURE;
        }
        Path launcher = installLocation().resolve(isWindows() ? "cutover.cmd" : "cutover");
        if (!Files.isRegularFile(launcher)) {
            throw new IOException("no launcher script at " + launcher);
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = oneRun(launcher);
            if (times[i] < 0) {
                return ExitCode.FAILURE;
            }
            out.printf(Locale.US, "  run %d: %,d ms%n", i + 1, times[i]);
        }
        out.printf(Locale.US, "Start-up, launch to first painted workbench window: median %,d ms of %d runs "
                + "(goal ≤ 2000 ms)%n", ImportBenchmark.median(times), runs);
        return ExitCode.OK;
    }

    /** Starts the workbench through the installed launcher script, as a user does, in a fresh workspace. */
    private long oneRun(Path launcher) throws IOException {
        Path workspace = Files.createTempDirectory("cutover-startup");
        Path report = workspace.resolve("startup-ms.txt");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "empty").redirectErrorStream(true)
                .redirectOutput(workspace.resolve("console.log").toFile());
        builder.environment().put("CUTOVER_WORKSPACE", workspace.resolve("data").toString());
        builder.environment().put("CUTOVER_JAVA_OPTS", "-Dcutover.bench.startupReport=" + report);
        builder.environment().put("CUTOVER_LAUNCH_MILLIS", Long.toString(System.currentTimeMillis()));
        Process process = builder.start();
        try {
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                err.println("cutover bench startup: the workbench did not start within " + RUN_TIMEOUT_SECONDS + " s");
                return -1;
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return -1;
        }
        if (!Files.exists(report)) {
            err.println("cutover bench startup: no start-up report; workbench output:");
            err.println(Files.readString(workspace.resolve("console.log"), StandardCharsets.UTF_8));
            return -1;
        }
        long elapsed = Long.parseLong(Files.readString(report, StandardCharsets.UTF_8).trim());
        deleteTree(workspace);
        return elapsed;
    }

    private static Path installLocation() throws IOException {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new IOException("not running from an installed Cutover product (osgi.install.area is not set)");
        }
        return Path.of(URI.create(area.replace(" ", "%20")));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
