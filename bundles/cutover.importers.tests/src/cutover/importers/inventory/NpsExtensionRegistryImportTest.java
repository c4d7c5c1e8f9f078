package cutover.importers.inventory;

import static cutover.importers.inventory.InventoryTestFiles.importClean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyAnalyzer;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Facts;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.InventoryProblem;
import cutover.core.inventory.MigrationTarget;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reg export files of AuthSrv\Parameters and SOFTWARE\Microsoft\AzureMfa, UTF-16 LE as reg export writes them. */
class NpsExtensionRegistryImportTest {

    @Test
    void globalCloud() {
        Dependency extension = only(importClean("registry/authsrv-global.reg"));

        assertEquals(DependencyCategory.NPS_EXTENSION, extension.category());
        assertEquals(Facts.YES, extension.attribute(Facts.NPS_EXTENSION_INSTALLED));
        assertEquals("Global", extension.attribute(Facts.CLOUD));
        assertEquals("strongauthenticationservice.auth.microsoft.com", extension.attribute(Facts.MFA_SERVICE_HOST));
        assertEquals("C:\\Program Files\\Microsoft\\AzureMfa\\Extensions\\MfaNpsAuthzExt.dll",
                extension.attribute(Facts.AUTHORIZATION_DLLS), "hex(7) decoded as UTF-16 LE");
        assertEquals("d2c4b1a0-1f2e-4d3c-9b8a-7f6e5d4c3b2a", extension.attribute(Facts.TENANT_ID));
        assertEquals("FALSE", extension.attribute("REQUIRE_USER_MATCH"));
        assertNull(extension.attribute(Facts.OTHER_EXTENSIONS));
    }

    @Test
    void usGovernmentAndChinaClouds() {
        assertEquals("US Government", only(importClean("registry/authsrv-usgov.reg")).attribute(Facts.CLOUD));
        assertEquals("China (21Vianet)", only(importClean("registry/authsrv-china.reg")).attribute(Facts.CLOUD));
    }

    @Test
    void mixedCloudsAreAProblemNotAGuess() {
        ImportedInventory imported = InventoryTestFiles.importFile("registry/authsrv-mixed-clouds.reg");

        InventoryProblem problem = InventoryTestFiles.onlyProblem(imported);
        assertEquals("registry/authsrv-mixed-clouds.reg", problem.file());
        assertTrue(problem.message().contains("US Government, Global"), problem.message());
        assertNull(only(imported).attribute(Facts.CLOUD));
    }

    @Test
    void notInstalledListsTheOtherExtensions() {
        Dependency extension = only(importClean("registry/authsrv-not-installed.reg"));

        assertEquals(Facts.NO, extension.attribute(Facts.NPS_EXTENSION_INSTALLED));
        assertEquals("AuditAuthz.dll, ContosoAcct.dll", extension.attribute(Facts.OTHER_EXTENSIONS));
    }

    @Test
    void regedit4MultiStringsAreAnsi() {
        Dependency extension = only(importClean("registry/authsrv-regedit4.reg"));

        assertEquals(Facts.YES, extension.attribute(Facts.NPS_EXTENSION_INSTALLED), "ControlSet001 counts too");
        assertNull(extension.attribute(Facts.CLOUD), "no AzureMfa key: the cloud is unknown");
    }

    @Test
    void valuesAreDecodedAsRegExportWritesThem() throws Exception {
        String text = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n"
                + "\"Multi\"=hex(7):41,00,00,00,42,00,43,00,\\\r\n  00,00,00,00\r\n"
                + "\"Quoted\"=\"a \\\"b\\\" c:\\\\d\"\r\n\"Number\"=dword:0000002a\r\n@=\"default\"\r\n"
                + "\"Expand\"=hex(2):25,00,53,00,00,00\r\n\"Gone\"=-\r\n\"AdminPassword\"=\"never kept\"\r\n"
                + "; a comment\r\n[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Deleted]\r\n";
        RegistryExport export = new RegistryExport(key -> true);
        export.read(new StringReader(text));

        var values = export.keys().get("HKEY_LOCAL_MACHINE\\SOFTWARE\\TEST");
        assertEquals(List.of("A", "BC"), values.get("MULTI").strings());
        assertEquals("a \"b\" c:\\d", values.get("QUOTED").text());
        assertEquals("42", values.get("NUMBER").text());
        assertEquals("default", values.get("").text());
        assertEquals("%S", values.get("EXPAND").text());
        assertNull(values.get("GONE"));
        assertNull(values.get("ADMINPASSWORD"), "values named like passwords are dropped");
        assertEquals(1, export.keys().size());
        assertEquals(4, values.get("MULTI").line());
    }

    @Test
    void theTwoKeysInSeparateFilesMergeInEitherOrder(@TempDir Path dir) throws Exception {
        String header = "Windows Registry Editor Version 5.00\r\n\r\n";
        String authsrv = header + "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\AuthSrv\\Parameters]\r\n"
                + "\"ExtensionDLLs\"=\"C:\\\\Tools\\\\Other.dll\"\r\n";
        String settings = header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\AzureMfa]\r\n\"STS_URL\"=\"https://login."
                + "microsoftonline.us/\"\r\n";
        for (String[] names : new String[][] {{"a.reg", "b.reg"}, {"b.reg", "a.reg"}}) {
            Path server = Files.createDirectories(dir.resolve(names[0]).resolveSibling(
                    "NPS-" + names[0].charAt(0)));
            Files.writeString(server.resolve(names[0]), authsrv);
            Files.writeString(server.resolve(names[1]), settings);

            var inventory = new DependencyAnalyzer().analyze(
                    new InventoryImporter().importFrom(server, null));

            var extension = inventory.dependencies().get(0).dependency();
            assertEquals(Facts.NO, extension.attribute(Facts.NPS_EXTENSION_INSTALLED));
            assertEquals(Facts.YES, extension.attribute(Facts.NPS_EXTENSION_SETTINGS));
            assertEquals("US Government", extension.attribute(Facts.CLOUD));
            assertEquals("Other.dll", extension.attribute(Facts.OTHER_EXTENSIONS));
            assertEquals(MigrationTarget.NPS_EXTENSION,
                    inventory.dependencies().get(0).recommendation().target(), "registered nowhere: install it");
        }
    }

    @Test
    void registryExportWithoutTheKeysIsSkipped() throws Exception {
        Path file = Files.createTempFile("other", ".reg");
        try {
            Files.writeString(file, "Windows Registry Editor Version 5.00\r\n\r\n"
                    + "[HKEY_CURRENT_USER\\Software\\Other]\r\n\"x\"=\"y\"\r\n");
            ImportedInventory imported = new InventoryImporter().importFrom(file, null);
            assertEquals(List.of(), imported.problems());
            assertEquals(1, imported.skippedFiles().size());
            assertTrue(imported.skippedFiles().get(0).reason().contains("AuthSrv"));
        } finally {
            Files.delete(file);
        }
    }

    private static Dependency only(ImportedInventory imported) {
        assertEquals(1, imported.dependencies().size(), () -> imported.dependencies().toString());
        return imported.dependencies().get(0);
    }
}
