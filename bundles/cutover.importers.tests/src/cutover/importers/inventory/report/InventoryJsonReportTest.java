package cutover.importers.inventory.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventorySummary;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.text.JsonObject;
import cutover.importers.text.JsonReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report reads back as what was written, in the shape docs/formats/inventory-report-v1.md gives. */
class InventoryJsonReportTest {

    @TempDir
    Path dir;

    private JsonObject write(Inventory inventory) throws Exception {
        Path file = dir.resolve("inventory.json");
        InventoryReportWriter.write(file, inventory, new ReportContext("collections/contoso.zip",
                Instant.parse("2026-03-02T08:15:00Z")));
        return (JsonObject) new JsonReader(new StringReader(Files.readString(file)), Integer.MAX_VALUE, 128)
                .readValue();
    }

    private static long number(Object value) {
        return ((JsonReader.Number) value).value().longValueExact();
    }

    @Test
    void headerAndSummary() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        JsonObject root = write(inventory);
        assertEquals(List.of("format", "version", "createdAt", "collection", "summary", "sources", "dependencies",
                "orphanedReadiness", "problems", "skippedFiles"), List.copyOf(root.fields().keySet()));
        assertEquals("cutover-inventory", root.get("format"));
        assertEquals(1, number(root.get("version")));
        assertEquals("2026-03-02T08:15:00Z", root.get("createdAt"));
        assertEquals("collections/contoso.zip", root.get("collection"));
        JsonObject summary = (JsonObject) root.get("summary");
        InventorySummary expected = inventory.summary();
        assertEquals(expected.total(), number(summary.get("dependencies")));
        JsonObject byCategory = (JsonObject) summary.get("byCategory");
        for (DependencyCategory category : DependencyCategory.values()) {
            assertEquals((long) expected.byCategory().get(category), number(byCategory.get(category.name())));
        }
        JsonObject byTarget = (JsonObject) summary.get("byTarget");
        for (MigrationTarget target : MigrationTarget.values()) {
            assertEquals((long) expected.byTarget().get(target), number(byTarget.get(target.name())));
        }
        assertEquals(1, number(((JsonObject) summary.get("byReadiness")).get("MIGRATED")));
        assertEquals(2, number(summary.get("problems")));
        assertEquals(1, number(summary.get("skippedFiles")));
        List<?> sources = (List<?>) root.get("sources");
        assertTrue(sources.stream().anyMatch(s -> "NPS02".equals(((JsonObject) s).get("name"))));
    }

    @Test
    void everyDependencyRoundTrips() throws Exception {
        Inventory inventory = ReportInventories.awkward();
        List<?> dependencies = (List<?>) write(inventory).get("dependencies");
        assertEquals(inventory.dependencies().size(), dependencies.size());
        for (int i = 0; i < dependencies.size(); i++) {
            JsonObject json = (JsonObject) dependencies.get(i);
            AnalyzedDependency expected = inventory.dependencies().get(i);
            assertEquals(expected.id(), json.get("id"));
            assertEquals(expected.dependency().category().name(), json.get("category"));
            assertEquals(expected.dependency().name(), json.get("name"));
            assertEquals(expected.dependency().identifier(), json.get("identifier"));
            assertEquals(expected.dependency().source(), json.get("source"));
            assertEquals(expected.dependency().attributes(), ((JsonObject) json.get("attributes")).fields());
            assertEquals(expected.dependency().signatures(), json.get("signatures"));
            assertEquals(expected.recommendation().target().name(), json.get("target"));
            assertEquals(expected.recommendation().ruleId(), json.get("rule"));
            assertEquals(expected.recommendation().reasons(), json.get("reasons"));
            assertEquals(expected.recommendation().caveats(), json.get("caveats"));
            List<?> evidence = (List<?>) json.get("evidence");
            for (int e = 0; e < evidence.size(); e++) {
                JsonObject seen = (JsonObject) evidence.get(e);
                Evidence original = expected.dependency().evidence().get(e);
                assertEquals(original, new Evidence((String) seen.get("file"), number(seen.get("line")),
                        (String) seen.get("path"), (String) seen.get("seen")));
            }
            ReadinessRecord readiness = inventory.readiness(expected.id());
            assertEquals(readiness.readiness().name(), json.get("readiness"));
            assertEquals(readiness.notes(), json.get("notes"));
            if (readiness.updatedAt().equals(Instant.EPOCH)) {
                assertNull(json.get("readinessUpdatedAt"));
            } else {
                assertEquals(readiness.updatedAt().toString(), json.get("readinessUpdatedAt"));
            }
        }
    }

    @Test
    void problemsSkippedFilesAndOrphanedReadiness() throws Exception {
        JsonObject root = write(ReportInventories.awkward());
        JsonObject problem = (JsonObject) ((List<?>) root.get("problems")).get(0);
        assertEquals("NPS02/nps-configuration.xml", problem.get("file"));
        assertEquals(17, number(problem.get("line")));
        assertEquals("the XML ends <early>", problem.get("message"));
        JsonObject skipped = (JsonObject) ((List<?>) root.get("skippedFiles")).get(0);
        assertEquals("README.txt", skipped.get("file"));
        JsonObject orphan = (JsonObject) ((List<?>) root.get("orphanedReadiness")).get(0);
        assertEquals("radius-client-gone00000000", orphan.get("dependencyId"));
        assertEquals("VERIFIED", orphan.get("readiness"));
        assertEquals("removed in 2025", orphan.get("notes"));
    }

    @Test
    void aLargeInventoryReadsBack() throws Exception {
        Inventory inventory = ReportInventories.large();
        List<?> dependencies = (List<?>) write(inventory).get("dependencies");
        assertEquals(inventory.dependencies().size(), dependencies.size());
    }
}
