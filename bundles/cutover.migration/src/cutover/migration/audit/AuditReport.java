package cutover.migration.audit;

import cutover.core.audit.AuditExport;
import cutover.core.audit.AuditLog;
import cutover.core.audit.DailyCounts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/** Rows of an audit log written to a file as CSV, JSON or an HTML report, never half-written. */
public final class AuditReport {

    /** The export formats (docs/formats/audit-export-v1.md). */
    public enum Format {
        CSV, JSON, HTML;

        /** The format a file name's extension says, or null. */
        public static Format ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".csv") ? CSV : name.endsWith(".json") ? JSON
                    : name.endsWith(".html") || name.endsWith(".htm") ? HTML : null;
        }

        /** The format named csv, json or html, or null. */
        public static Format named(String name) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(name)) {
                    return format;
                }
            }
            return null;
        }
    }

    private AuditReport() {
    }

    /**
     * Writes beside the file and moves it in place, so a failure leaves the old file (or none), never half a report.
     *
     * @param daily the per-day summary the HTML report starts with
     */
    public static void write(AuditLog log, int[] rows, List<DailyCounts> daily, Format format, Path file)
            throws IOException {
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            switch (format) {
                case CSV -> AuditExport.csv(log, rows, out);
                case JSON -> AuditExport.json(log, rows, out);
                case HTML -> AuditExport.html(log, rows, daily, "Migration audit trail", out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
