package cutover.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cutover.cli.ExitCode;

/**
 * Starts the installed workbench several times, each in a fresh workspace, and reads how long each took from
 * launch to the first painted window (the application's start-up probe writes it, then closes the window).
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
        if (System.getenv("DISPLAY") == null && !isWindowsOrMac()) {
            err.println("cutover bench startup: needs a display; run it under Xvfb, e.g. xvfb-run -a ./cutover bench startup");
            return ExitCode.FAILURE;
        }
        Path install = installLocation();
        Path launcher = findLauncher(install);
        List<String> jvmOptions = jvmOptions(install.resolve("jvm.options"));
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = oneRun(launcher, jvmOptions);
            if (times[i] < 0) {
                return ExitCode.FAILURE;
            }
            out.printf(Locale.US, "  run %d: %,d ms%n", i + 1, times[i]);
        }
        out.printf(Locale.US, "Start-up, launch to first painted workbench window: median %,d ms of %d runs "
                + "(goal ≤ 2000 ms)%n", ImportBenchmark.median(times), runs);
        return ExitCode.OK;
    }

    private long oneRun(Path launcher, List<String> jvmOptions) throws IOException {
        Path workspace = Files.createTempDirectory("cutover-startup");
        Path report = workspace.resolve("startup-ms.txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dcutover.bench.startupReport=" + report);
        long launched = System.currentTimeMillis();
        command.add("-Dcutover.launchMillis=" + launched);
        command.addAll(List.of("-jar", launcher.toString(), "-nosplash", "-data", workspace.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workspace.resolve("console.log").toFile()).start();
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

    private static Path findLauncher(Path install) throws IOException {
        try (Stream<Path> plugins = Files.list(install.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new IOException("no Equinox launcher in " + install.resolve("plugins")));
        }
    }

    private static List<String> jvmOptions(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static boolean isWindowsOrMac() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("win") || os.contains("mac");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
