package cutover.importers.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long importing and analysing a collection of 10,000 RADIUS clients and 2,000 relying party trusts takes
 * (goal: 2 s). A print, not an assertion: machines differ.
 */
class InventoryBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void tenThousandClientsAndTwoThousandTrusts() throws Exception {
        Path folder = new InventoryFixtures(42).writeFolder(dir.resolve("collection"), 10_000, 2_000);
        Path zip = new InventoryFixtures(42).writeZip(dir.resolve("collection.zip"), 10_000, 2_000);

        Inventory inventory = null;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            ImportedInventory imported = new InventoryImporter().importFrom(folder, null);
            inventory = new DependencyAnalyzer().analyze(imported);
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("InventoryBenchmarkTest: run " + run + ": imported and analysed "
                    + inventory.dependencies().size() + " dependencies from a folder in " + millis + " ms");
        }
        long start = System.nanoTime();
        Inventory fromZip = new DependencyAnalyzer().analyze(new InventoryImporter().importFrom(zip, null));
        System.out.println("InventoryBenchmarkTest: the same from a ZIP in " + (System.nanoTime() - start) / 1_000_000
                + " ms");

        assertEquals(10_000 + InventoryFixtures.MFA_SERVER_RADIUS_CLIENTS,
                inventory.summary().byCategory().get(DependencyCategory.RADIUS_CLIENT));
        assertEquals(2_000, inventory.summary().byCategory().get(DependencyCategory.ADFS_RELYING_PARTY));
        assertEquals(inventory.dependencies().size(), fromZip.dependencies().size());
    }
}
