package cutover.importers.inventory.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Inventory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCsvReportTest {

    @TempDir
    Path dir;

    private List<List<String>> write(Inventory inventory) throws Exception {
        Path file = dir.resolve("inventory.csv");
        InventoryReportWriter.write(file, inventory);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark, so Excel reads UTF-8");
        return CsvRows.parse(text.substring(1));
    }

    private static Map<String, List<String>> byId(List<List<String>> rows) {
        Map<String, List<String>> byId = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            byId.put(row.get(0), row);
        }
        return byId;
    }

    @Test
    void oneRowPerDependencyWithTheDocumentedColumns() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        List<List<String>> rows = write(inventory);
        assertEquals(List.of("id", "category", "name", "identifier", "source", "target", "rule", "readiness", "notes",
                "reasons", "caveats", "evidence"), rows.get(0));
        assertEquals(inventory.dependencies().size() + 1, rows.size());
        Map<String, List<String>> byId = byId(rows);
        for (AnalyzedDependency analyzed : inventory.dependencies()) {
            List<String> row = byId.get(analyzed.id());
            assertEquals(12, row.size(), analyzed.id());
            assertEquals(analyzed.dependency().category().name(), row.get(1));
            assertEquals(analyzed.recommendation().target().name(), row.get(5));
            assertEquals(analyzed.recommendation().ruleId(), row.get(6));
            assertEquals(String.join(" | ", analyzed.recommendation().reasons()), row.get(9));
            assertEquals(String.join(" | ", analyzed.recommendation().caveats()), row.get(10));
            assertTrue(row.get(11).startsWith(analyzed.dependency().evidence().get(0).file() + ":"));
        }
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        Path file = dir.resolve("inventory.csv");
        InventoryReportWriter.write(file, inventory);
        String text = Files.readString(file);
        assertTrue(text.contains(",\"Gateway, \"\"DMZ\"\"\nsecond line\","), "RFC 4180 quoting");
        String id = inventory.dependencies().stream()
                .filter(d -> d.dependency().name().equals(ReportInventories.QUOTED_NAME)).findFirst().orElseThrow()
                .id();
        assertEquals(ReportInventories.QUOTED_NAME, byId(write(inventory)).get(id).get(2), "read back unchanged");
        String scriptId = inventory.dependencies().stream()
                .filter(d -> d.dependency().name().equals(ReportInventories.SCRIPT_NAME)).findFirst().orElseThrow()
                .id();
        assertEquals(ReportInventories.NOTES, byId(write(inventory)).get(scriptId).get(8), "notes read back");
        assertEquals("MIGRATED", byId(write(inventory)).get(scriptId).get(7));
    }

    @Test
    void neutralisesFormulas() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        List<List<String>> rows = write(inventory);
        int neutralised = 0;
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("-")
                        || cell.startsWith("@"), "a spreadsheet would evaluate " + cell);
                if (cell.startsWith("'")) {
                    neutralised++;
                }
            }
        }
        assertTrue(neutralised >= 5, "name =…, identifiers +… and @…, name -1 …, notes -2 …: " + neutralised);
        String text = Files.readString(dir.resolve("inventory.csv"));
        assertTrue(text.contains(",\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\","));
        assertTrue(text.contains(",\"'+10.99.0.2\","));
        assertTrue(text.contains(",\"'@10.99.0.3\","));
        assertTrue(text.contains(",\"'-1 legacy\","));
    }

    @Test
    void theFormatComesFromTheFileName() {
        assertEquals(InventoryReportWriter.Format.HTML, InventoryReportWriter.formatOf(Path.of("a/Report.HTM")));
        assertEquals(InventoryReportWriter.Format.HTML, InventoryReportWriter.formatOf(Path.of("report.html")));
        assertEquals(InventoryReportWriter.Format.CSV, InventoryReportWriter.formatOf(Path.of("report.Csv")));
        assertEquals(InventoryReportWriter.Format.JSON, InventoryReportWriter.formatOf(Path.of("report.json")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InventoryReportWriter.write(dir.resolve("report.pdf"), ReportInventories.awkward()));
        assertTrue(e.getMessage().contains("report.pdf") && e.getMessage().contains(".html"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report.pdf")));
    }
}
