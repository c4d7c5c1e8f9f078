package cutover.importers.inventory.report;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.inventory.SkippedFile;
import cutover.core.inventory.SyntheticInventory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inventories for the report tests: awkward names and notes, problems, skipped files, and a large one. */
final class ReportInventories {

    static final String SCRIPT_NAME = "<script>alert('x')</script> VPN";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example/\",\"click\")";
    static final String QUOTED_NAME = "Gateway, \"DMZ\"\nsecond line";
    static final String NOTES = "Called the \"network team\", ticket #42\nnext: switch to SAML → done? ✓ 🎉";
    static final Instant UPDATED = Instant.parse("2026-03-01T09:30:00Z");

    private ReportInventories() {
    }

    /** A few hand-made dependencies plus synthetic ones, one problem, one skipped file and readiness records. */
    static Inventory awkward() {
        List<Dependency> found = new ArrayList<>(new SyntheticInventory(11).generate(12, 6).dependencies());
        found.add(radiusClient(SCRIPT_NAME, "10.99.0.1"));
        found.add(radiusClient(FORMULA_NAME, "+10.99.0.2"));
        found.add(radiusClient(QUOTED_NAME, "@10.99.0.3"));
        found.add(radiusClient("-1 legacy", "10.99.0.4"));
        ImportedInventory imported = new ImportedInventory(found, List.of(),
                List.of(new InventoryProblem("NPS02/nps-configuration.xml", 17, "the XML ends <early>"),
                        new InventoryProblem("ADFS01/broken.json", 0, "not JSON & not CLIXML")),
                List.of(new SkippedFile("README.txt", "not one of the files Cutover reads")), 9);
        String scriptId = Dependency.idFor(DependencyCategory.RADIUS_CLIENT, "NPS02", SCRIPT_NAME);
        String formulaId = Dependency.idFor(DependencyCategory.RADIUS_CLIENT, "NPS02", FORMULA_NAME);
        List<ReadinessRecord> readiness = List.of(
                new ReadinessRecord(scriptId, Readiness.MIGRATED, NOTES, UPDATED),
                new ReadinessRecord(formulaId, Readiness.IN_PROGRESS, "-2 days left", UPDATED),
                new ReadinessRecord("radius-client-gone00000000", Readiness.VERIFIED, "removed in 2025", UPDATED));
        return new DependencyAnalyzer().analyze(imported, readiness);
    }

    static Inventory large() {
        return new DependencyAnalyzer().analyze(new SyntheticInventory(5).generate(10_000, 2_000));
    }

    private static Dependency radiusClient(String name, String address) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(Facts.DEFINED_IN, Facts.IN_NPS);
        attributes.put(Facts.ENABLED, Facts.YES);
        attributes.put(Facts.VENDOR, "RADIUS Standard");
        attributes.put(Facts.AUTHENTICATION_PROTOCOLS, "PAP");
        attributes.put(Facts.SHARED_SECRET_SET, Facts.YES);
        return Dependency.of(DependencyCategory.RADIUS_CLIENT, "NPS02", name, address, attributes,
                List.of(new Evidence("NPS02/nps-configuration.xml", 40, "Clients/" + name, "RADIUS client " + name)));
    }
}
