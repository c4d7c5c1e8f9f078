package cutover.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticInventoryTest {

    @Test
    void isAPureFunctionOfSeedAndIndex() {
        assertEquals(new SyntheticInventory(5).radiusClient(17), new SyntheticInventory(5).radiusClient(17));
        assertEquals(new SyntheticInventory(5).relyingParty(3), new SyntheticInventory(5).relyingParty(3));
        assertNotEquals(new SyntheticInventory(5).radiusClient(17), new SyntheticInventory(6).radiusClient(17));
        assertEquals(new SyntheticInventory(9).generate(50, 20), new SyntheticInventory(9).generate(50, 20));
    }

    @Test
    void largeInventoryHasUniqueIdsAndEveryRadiusTarget() {
        ImportedInventory imported = new SyntheticInventory(42).generate(10_000, 2_000);
        long start = System.nanoTime();
        Inventory inventory = new DependencyAnalyzer().analyze(imported);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("SyntheticInventoryTest: analysed " + inventory.dependencies().size()
                + " dependencies in " + millis + " ms");

        Set<String> ids = new HashSet<>();
        inventory.dependencies().forEach(d -> ids.add(d.id()));
        assertEquals(inventory.dependencies().size(), ids.size());
        InventorySummary summary = inventory.summary();
        assertEquals(10_000, summary.byCategory().get(DependencyCategory.RADIUS_CLIENT));
        assertEquals(2_000, summary.byCategory().get(DependencyCategory.ADFS_RELYING_PARTY));
        for (MigrationTarget target : new MigrationTarget[] {MigrationTarget.ENTRA_SAML_OIDC,
            MigrationTarget.NPS_EXTENSION, MigrationTarget.REMOVE, MigrationTarget.ADFS_UPGRADE,
            MigrationTarget.NO_ACTION}) {
            assertTrue(summary.byTarget().get(target) > 0, target + " occurs");
        }
    }
}
