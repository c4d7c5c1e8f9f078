package cutover.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryTest {

    @Test
    void readinessIsKeptByIdAcrossReimports() {
        SyntheticInventory synthetic = new SyntheticInventory(7);
        Inventory first = new DependencyAnalyzer().analyze(synthetic.generate(20, 10));
        String id = first.dependencies().get(5).id();
        ReadinessRecord record = new ReadinessRecord(id, Readiness.MIGRATED, "moved to SAML on 3 March",
                Instant.parse("2025-03-03T10:00:00Z"));
        Inventory updated = first.withReadiness(record);

        Inventory reimported = new DependencyAnalyzer().analyze(new SyntheticInventory(7).generate(20, 10),
                updated.readinessRecords());

        assertEquals(record, reimported.readiness(id));
        assertEquals(Readiness.NOT_STARTED, first.readiness(id).readiness(), "the original is unchanged");
        assertEquals(ReadinessRecord.notStarted("nope"), reimported.readiness("nope"));
    }

    @Test
    void recordsOfVanishedDependenciesAreKeptAsOrphans() {
        ReadinessRecord gone = new ReadinessRecord("radius-client-000000000000", Readiness.VERIFIED, "",
                Instant.EPOCH);

        Inventory inventory = new DependencyAnalyzer().analyze(new SyntheticInventory(1).generate(3, 2),
                List.of(gone));

        assertEquals(List.of(gone), inventory.orphanedReadiness());
        assertTrue(inventory.readinessRecords().contains(gone));
    }

    @Test
    void summaryCountsEveryCategoryTargetAndReadiness() {
        Inventory inventory = new DependencyAnalyzer().analyze(new SyntheticInventory(3).generate(100, 40, 5, 4));
        String id = inventory.dependencies().get(0).id();
        inventory = inventory.withReadiness(new ReadinessRecord(id, Readiness.IN_PROGRESS, null, Instant.EPOCH));

        InventorySummary summary = inventory.summary();

        assertEquals(inventory.dependencies().size(), summary.total());
        assertEquals(100, summary.byCategory().get(DependencyCategory.RADIUS_CLIENT));
        assertEquals(40, summary.byCategory().get(DependencyCategory.ADFS_RELYING_PARTY));
        assertEquals(DependencyCategory.values().length, summary.byCategory().size());
        assertEquals(MigrationTarget.values().length, summary.byTarget().size());
        assertEquals(summary.total(), summary.byTarget().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, summary.byReadiness().get(Readiness.IN_PROGRESS));
        assertEquals(summary.total() - 1, summary.byReadiness().get(Readiness.NOT_STARTED));
    }

    @Test
    void duplicateIdsAreRefused() {
        Dependency d = Deps.npsClient("vpn", "PAP");
        AnalyzedDependency a = new AnalyzedDependency(d, new Recommendation(MigrationTarget.REVIEW, "R", List.of(),
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Inventory(List.of(a, a), List.of(), List.of(),
                List.of()));
    }
}
