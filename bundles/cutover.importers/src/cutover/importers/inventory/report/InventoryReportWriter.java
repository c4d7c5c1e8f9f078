package cutover.importers.inventory.report;

import cutover.core.inventory.Inventory;
import cutover.importers.mfaserver.ReplaceFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a dependency inventory as a printable HTML report for the customer, a CSV checklist for spreadsheets or JSON
 * for tools ({@code cutover-inventory} v1), chosen by the file name: see docs/formats/inventory-report-v1.md. The
 * file is replaced only once it is complete. An inventory never holds a secret, so neither does a report.
 */
public final class InventoryReportWriter {

    public enum Format { HTML, CSV, JSON }

    private InventoryReportWriter() {
    }

    /**
     * @throws IllegalArgumentException when the name does not end in .html, .htm, .csv or .json
     */
    public static Format formatOf(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Format.HTML;
        }
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        throw new IllegalArgumentException("cannot tell which report to write to \"" + file
                + "\": the file name must end in .html or .htm (printable report), .csv (spreadsheet) or .json");
    }

    /** Writes the report the file name asks for, dated now, without naming the collection. */
    public static void write(Path file, Inventory inventory) throws IOException {
        write(file, inventory, ReportContext.now(null));
    }

    public static void write(Path file, Inventory inventory, ReportContext context) throws IOException {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(context, "context");
        Format format = formatOf(file);
        ReplaceFile.write(file, stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            switch (format) {
                case HTML -> new InventoryHtml(out, inventory, context).write();
                case CSV -> InventoryCsv.write(out, inventory);
                case JSON -> InventoryJson.write(out, inventory, context);
            }
            out.flush();
            return null;
        });
    }
}
