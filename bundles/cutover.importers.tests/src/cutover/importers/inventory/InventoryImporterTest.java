package cutover.importers.inventory;

import cutover.importers.mfaserver.RecordingMonitor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.AnalyzedDependency;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.Inventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.MigrationTarget;
import cutover.core.inventory.Signature;
import cutover.core.inventory.SkippedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing whole collections: folders and ZIPs, kinds told from content, servers related by folder. */
class InventoryImporterTest {

    @TempDir
    Path dir;

    @Test
    void fixtureCollectionImportsEveryKindOfFile() throws Exception {
        Path folder = new InventoryFixtures(42).writeFolder(dir.resolve("collection"), 50, 30);

        ImportedInventory imported = new InventoryImporter().importFrom(folder, null);
        Inventory inventory = new DependencyAnalyzer().analyze(imported);

        assertEquals(List.of(), imported.problems());
        assertEquals(List.of(new SkippedFile("README.txt", "not one of the files Cutover reads (NPS export, registry "
                + "export, AD FS JSON or CLIXML, AD FS additional authentication rule, adapter configuration, "
                + "web.config, MfaSettings.xml, MFA Server CSV template)")), imported.skippedFiles());
        assertEquals(11, imported.filesRead());
        var byCategory = inventory.summary().byCategory();
        assertEquals(50 + InventoryFixtures.MFA_SERVER_RADIUS_CLIENTS,
                byCategory.get(DependencyCategory.RADIUS_CLIENT));
        assertEquals(30, byCategory.get(DependencyCategory.ADFS_RELYING_PARTY));
        assertEquals(InventoryFixtures.MFA_SERVER_LDAP_CLIENTS, byCategory.get(DependencyCategory.LDAP_CLIENT));
        assertEquals(3, byCategory.get(DependencyCategory.WEB_SDK_CONSUMER));
        assertEquals(1, byCategory.get(DependencyCategory.ADFS_ADAPTER), "policy and configuration merged");
        assertEquals(1, byCategory.get(DependencyCategory.NPS_EXTENSION));
        AnalyzedDependency vpn = InventoryTestFiles.named(inventory, "gp-portal-00001");
        assertTrue(vpn.dependency().hasSignature(Signature.NPS_EXTENSION_INSTALLED),
                "the client and the registry export are both in NPS01/");
        assertEquals(MigrationTarget.NPS_EXTENSION, vpn.recommendation().target());
    }

    @Test
    void zipWithAWrapperFolderGivesTheSameDependenciesAndIds() throws Exception {
        InventoryFixtures fixtures = new InventoryFixtures(7);
        Path folder = fixtures.writeFolder(dir.resolve("collection"), 20, 10);
        Path zip = fixtures.writeZip(dir.resolve("collection.zip"), 20, 10);

        ImportedInventory fromFolder = new InventoryImporter().importFrom(folder, null);
        ImportedInventory fromZip = new InventoryImporter().importFrom(zip, null);

        assertEquals(List.of(), fromZip.problems());
        assertEquals(fromFolder.dependencies().stream().map(Dependency::id).toList(),
                fromZip.dependencies().stream().map(Dependency::id).toList());
        Dependency client = fromZip.dependencies().stream().filter(d -> d.name().equals("vpn-asa-00000")).findFirst()
                .orElseThrow();
        assertEquals("NPS01", client.source(), "the wrapper folder is not a server");
        assertEquals("collection.zip!cutover-collection/NPS01/nps-configuration.xml", client.evidence().get(0).file());
    }

    @Test
    void kindIsToldFromContentNotName() throws Exception {
        Files.copy(InventoryTestFiles.fixture("registry/authsrv-global.reg"), dir.resolve("export1.txt"));
        Files.copy(InventoryTestFiles.fixture("adfs/relying-party-trust-single.json"), dir.resolve("trusts.dat"));
        Files.writeString(dir.resolve("notes.xml"), "<notes>hello</notes>");
        Files.writeString(dir.resolve("list.csv"), "a,b,c\r\n1,2,3\r\n");

        ImportedInventory imported = new InventoryImporter().importFrom(dir, null);

        assertEquals(List.of(), imported.problems());
        assertEquals(List.of("NPS extension on " + dir.getFileName(), "Travel booking"),
                InventoryTestFiles.names(imported), "files at the top belong to the collection folder");
        assertEquals(List.of("list.csv", "notes.xml"),
                imported.skippedFiles().stream().map(SkippedFile::file).toList());
        assertTrue(imported.skippedFiles().get(1).reason().contains("<notes>"));
    }

    @Test
    void aBrokenFileDoesNotStopTheOthers() throws Exception {
        Path collection = InventoryTestFiles.collect(dir, "NPS01", "nps/ws2012r2-netsh-export.xml",
                "registry/authsrv-global.reg");
        String truncated = Files.readString(InventoryTestFiles.fixture("nps/ws2019-export-npsconfiguration.xml"));
        Files.writeString(collection.resolve("NPS01/broken.xml"), truncated.substring(0, truncated.length() / 2));

        Inventory inventory = InventoryTestFiles.analyze(collection);

        assertEquals(1, inventory.problems().size(), inventory.problems().toString());
        InventoryProblem problem = inventory.problems().get(0);
        assertEquals("NPS01/broken.xml", problem.file());
        assertTrue(problem.line() > 1);
        assertTrue(problem.message().contains("truncated"), problem.message());
        assertTrue(inventory.dependencies().stream().noneMatch(d -> d.dependency().name().equals("Branch APs")),
                "nothing from half a file");
        assertEquals(MigrationTarget.ENTRA_SAML_OIDC, InventoryTestFiles.named(inventory, "VPN-ASA-HQ")
                .recommendation().target());
        assertTrue(InventoryTestFiles.named(inventory, "VPN-ASA-HQ").dependency()
                .hasSignature(Signature.NPS_EXTENSION_INSTALLED));
    }

    @Test
    void missingPathIsAProblem() {
        ImportedInventory imported = new InventoryImporter().importFrom(dir.resolve("nope"), null);

        assertEquals(1, imported.problems().size());
        assertTrue(imported.problems().get(0).toString().endsWith("nope:0: the file or folder does not exist"));
    }

    @Test
    void emptyFilesWithOurExtensionsAreProblemsOthersSkipped() throws Exception {
        Files.createFile(dir.resolve("nps.xml"));
        Files.createFile(dir.resolve("thumbs.db"));

        ImportedInventory imported = new InventoryImporter().importFrom(dir, null);

        assertEquals(List.of(new InventoryProblem("nps.xml", 0, "the file is empty")), imported.problems());
        assertEquals(List.of(new SkippedFile("thumbs.db", "the file is empty")), imported.skippedFiles());
    }

    @Test
    void progressCoversTheWholeCollection() throws Exception {
        Path folder = new InventoryFixtures(3).writeFolder(dir.resolve("c"), 2_000, 300);
        RecordingMonitor monitor = new RecordingMonitor(0);

        new InventoryImporter().importFrom(folder, monitor);

        assertTrue(monitor.totalWork() > 0);
        assertEquals(monitor.totalWork(), monitor.workedSum(), "the whole task is done at the end");
        assertTrue(monitor.worked().size() > 10,
                "progress is reported as the files are read: " + monitor.worked().size());
        assertTrue(monitor.cancelChecks() > 10, "cancellation is checked while reading: " + monitor.cancelChecks());
    }

    @Test
    void cancelEndsTheImportWithoutAResult() throws Exception {
        Path folder = new InventoryFixtures(3).writeFolder(dir.resolve("c"), 2_000, 300);
        Path zip = new InventoryFixtures(3).writeZip(dir.resolve("c.zip"), 2_000, 300);

        assertThrows(OperationCanceledException.class, () -> new InventoryImporter().importFrom(folder,
                new RecordingMonitor(5)));
        assertThrows(OperationCanceledException.class, () -> new InventoryImporter().importFrom(zip,
                new RecordingMonitor(5)));
        assertThrows(OperationCanceledException.class, () -> new InventoryImporter().importFrom(folder,
                new RecordingMonitor(1)), "checked before the first file too");
    }

    @Test
    void oneFileOnItsOwnBelongsToItsFolderAsInACollection() throws Exception {
        Path collection = InventoryTestFiles.collect(dir, "NPS01", "nps/ws2012r2-netsh-export.xml");
        Path file = collection.resolve("NPS01/ws2012r2-netsh-export.xml");

        ImportedInventory alone = new InventoryImporter().importFrom(file, null);
        ImportedInventory together = new InventoryImporter().importFrom(collection, null);

        assertEquals("NPS01", alone.dependencies().get(0).source());
        assertEquals("NPS01/ws2012r2-netsh-export.xml", alone.dependencies().get(0).evidence().get(0).file());
        assertEquals(together.dependencies(), alone.dependencies(), "same ids, same evidence");
    }
}
