package cutover.importers.inventory.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.Inventory;
import cutover.importers.inventory.InventoryFixtures;
import cutover.importers.inventory.InventoryImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collected files hold shared secrets and passwords; no report may contain one, in any form. */
class ReportSecretsTest {

    @TempDir
    Path dir;

    @Test
    void noSecretOfAFolderCollectionReachesAReport() throws Exception {
        InventoryFixtures fixtures = new InventoryFixtures(21);
        Path folder = fixtures.writeFolder(dir.resolve("collection"), 40, 12);
        assertNoSecrets(fixtures.secretsWritten(), importAndReport(folder));
    }

    @Test
    void noSecretOfAZipCollectionReachesAReport() throws Exception {
        InventoryFixtures fixtures = new InventoryFixtures(22);
        Path zip = fixtures.writeZip(dir.resolve("collection.zip"), 40, 12);
        assertNoSecrets(fixtures.secretsWritten(), importAndReport(zip));
    }

    private List<String> importAndReport(Path collection) throws Exception {
        Inventory inventory = new DependencyAnalyzer().analyze(new InventoryImporter().importFrom(collection, null));
        assertEquals(List.of(), inventory.problems(), "the fixtures import cleanly");
        assertTrue(inventory.dependencies().size() > 50);
        List<String> outputs = new java.util.ArrayList<>();
        for (String name : List.of("report.html", "report.csv", "report.json")) {
            Path report = dir.resolve(name);
            InventoryReportWriter.write(report, inventory, ReportContext.now(collection.toString()));
            outputs.add(new String(Files.readAllBytes(report), StandardCharsets.UTF_8));
        }
        return outputs;
    }

    private static void assertNoSecrets(List<String> secrets, List<String> outputs) {
        assertTrue(secrets.size() >= 5, "the fixtures wrote secrets: " + secrets.size());
        for (String output : outputs) {
            for (String secret : secrets) {
                // the secrets' characters need no escaping in HTML, CSV or JSON, so a leak would show verbatim;
                // a half is searched for too, in case a writer cut or wrapped one
                assertFalse(output.contains(secret), "a secret reached a report");
                assertFalse(output.contains(secret.substring(0, 12)), "part of a secret reached a report");
                assertFalse(output.contains(secret.substring(12)), "part of a secret reached a report");
            }
        }
    }
}
