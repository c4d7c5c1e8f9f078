package cutover.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;

import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.importers.inventory.InventoryFixtures;
import cutover.importers.inventory.InventoryImporter;
import cutover.importers.inventory.report.InventoryReportWriter;
import cutover.importers.inventory.report.ReportContext;

/**
 * Dependency inventory speed: a collection with many RADIUS clients and relying party trusts, imported and analysed
 * round after round (the first round includes the JIT's warm-up), then each report format written once.
 */
public final class InventoryBenchmark {

    private final PrintStream out;

    public InventoryBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(int radiusClients, int relyingParties, long seed, int rounds) throws IOException {
        Path dir = Files.createTempDirectory("cutover-bench-inventory");
        try {
            out.printf(Locale.US, "Writing a collection with %,d RADIUS clients and %,d relying party trusts (seed %d) …%n",
                    radiusClients, relyingParties, seed);
            Path collection = new InventoryFixtures(seed).writeFolder(dir.resolve("collection"), radiusClients,
                    relyingParties);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(collection)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            out.printf(Locale.US, "Collection: %,d files, %,.1f MB%n", files.size(), bytes / 1e6);
            out.printf(Locale.US, "JVM: Java %s, %d cores, max heap %,d MB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

            long[] times = new long[rounds];
            Inventory inventory = null;
            ImportedInventory imported = null;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                imported = new InventoryImporter().importFrom(collection, new NullProgressMonitor());
                long t1 = System.nanoTime();
                inventory = new DependencyAnalyzer().analyze(imported);
                long t2 = System.nanoTime();
                times[i] = t2 - t0;
                out.printf(Locale.US, "  round %d: import %,d ms + analysis %,d ms = %,d ms%s%n", i + 1,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, times[i] / 1_000_000,
                        i == 0 ? " (includes JIT warm-up)" : "");
            }
            out.printf(Locale.US, "Read %,d files (%,d skipped, %,d problems), %,.1f MB; %,d dependencies%n",
                    imported.filesRead(), imported.skippedFiles().size(), imported.problems().size(), bytes / 1e6,
                    inventory.dependencies().size());
            out.printf(Locale.US, "Import + analysis: %,d ms (median of %d)  (goal ≤ 2000 ms)%n",
                    ImportBenchmark.median(times) / 1_000_000, rounds);
            writeReports(dir, inventory);
        } finally {
            deleteTree(dir);
        }
    }

    private void writeReports(Path dir, Inventory inventory) throws IOException {
        ReportContext context = ReportContext.now("benchmark collection");
        for (String name : List.of("inventory.html", "inventory.csv", "inventory.json")) {
            Path report = dir.resolve(name);
            long t0 = System.nanoTime();
            InventoryReportWriter.write(report, inventory, context);
            long elapsed = System.nanoTime() - t0;
            out.printf(Locale.US, "Writing %-15s %,5d ms, %,.1f MB%n", name + ":", elapsed / 1_000_000,
                    Files.size(report) / 1e6);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
