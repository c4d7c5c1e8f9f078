package cutover.cli.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.ImportSummary;
import cutover.importers.mfaserver.MfaServerExportReader;
import cutover.importers.mfaserver.MfaServerExportWriter;

/**
 * Import speed against a raw baseline on the same file. The baseline is the least any importer must do:
 * read the bytes, decode them and split them into lines. Rounds alternate so both see the same cache state.
 */
public final class ImportBenchmark {

    private final PrintStream out;

    public ImportBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(Path existing, int users, long seed, int rounds) throws IOException {
        Path file = existing;
        Path temp = null;
        if (file == null) {
            temp = Files.createTempDirectory("cutover-bench");
            file = temp.resolve("mfaserver-" + users + ".csv");
            out.printf(Locale.US, "Generating %,d users (seed %d) …%n", users, seed);
            new MfaServerExportWriter(ExportEncoding.CSV).write(file, new SyntheticMfaServerUsers(seed).users(users));
        }
        try {
            measure(file, rounds);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(temp);
            }
        }
    }

    private void measure(Path file, int rounds) throws IOException {
        out.printf(Locale.US, "File: %s (%,.1f MB)%n", file, Files.size(file) / 1e6);
        out.printf(Locale.US, "JVM: Java %s, %d cores, max heap %,d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        baseline(file);
        importAll(file); // warm-up: JIT and page cache
        long[] baseline = new long[rounds];
        long[] imports = new long[rounds];
        List<MfaServerUser> kept = null;
        ImportSummary summary = null;
        for (int i = 0; i < rounds; i++) {
            kept = null;
            long t0 = System.nanoTime();
            baseline(file);
            baseline[i] = System.nanoTime() - t0;
            List<MfaServerUser> users = new ArrayList<>();
            long t1 = System.nanoTime();
            summary = new MfaServerExportReader().read(file, users::add, p -> { }, new NullProgressMonitor());
            imports[i] = System.nanoTime() - t1;
            kept = users;
            out.printf(Locale.US, "  round %d: baseline %,d ms, import %,d ms%n", i + 1, baseline[i] / 1_000_000,
                    imports[i] / 1_000_000);
        }
        long heap = liveHeapBytes();
        long base = median(baseline);
        long imp = median(imports);
        out.printf(Locale.US, "Users imported: %,d (%,d lines rejected)%n", summary.usersAccepted(),
                summary.linesRejected());
        out.printf(Locale.US, "Raw baseline (read + split lines): %,d ms (median of %d)%n", base / 1_000_000, rounds);
        out.printf(Locale.US, "Import:                            %,d ms (median of %d)%n", imp / 1_000_000, rounds);
        out.printf(Locale.US, "Ratio import / baseline:           %.2f  (goal ≤ 1.5)%n", (double) imp / base);
        out.printf(Locale.US, "Heap used with %,d users loaded:  %,d MB  (goal ≤ 1024 MB)%n", kept.size(), heap >> 20);
        out.printf(Locale.US, "Peak heap during the run:          %,d MB%n", peakHeapBytes() >> 20);
    }

    private static long baseline(Path file) throws IOException {
        long chars = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                chars += line.length();
            }
        }
        return chars;
    }

    private static long importAll(Path file) throws IOException {
        long[] count = new long[1];
        new MfaServerExportReader().read(file, u -> count[0]++, p -> { }, new NullProgressMonitor());
        return count[0];
    }

    private static long liveHeapBytes() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
