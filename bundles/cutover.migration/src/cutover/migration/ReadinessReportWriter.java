package cutover.migration;

import cutover.importers.inventory.report.CsvCell;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the readiness report as CSV, one member per row (format: docs/formats/readiness-report-v1.md). */
public final class ReadinessReportWriter {

    private ReadinessReportWriter() {
    }

    public static void writeCsv(Path file, List<UserReadiness> report) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("upn,status,migrated at,writes still missing,needs action\r\n");
            StringBuilder line = new StringBuilder();
            for (UserReadiness user : report) {
                line.setLength(0);
                CsvCell.append(line, user.upn()).append(',');
                CsvCell.append(line, user.status().label()).append(',');
                CsvCell.append(line, user.migratedAt() == null ? null : user.migratedAt().toString()).append(',');
                line.append(user.pendingWrites()).append(',');
                CsvCell.append(line, String.join(" | ", user.needsAction())).append("\r\n");
                out.append(line);
            }
        }
    }
}
