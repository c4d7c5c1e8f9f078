package cutover.importers.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.InventoryProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ZIP archives are read in place and refused whole when they are ZIP bombs or name entries outside themselves. */
class ZipSafetyTest {

    private static final byte[] CSV = "name,ip_address,authentication_protocol\nvpn,10.0.0.1,PAP\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void entryNamesOutsideTheArchiveAreRefused() throws Exception {
        for (String name : List.of("../../etc/cron.d/evil.csv", "NPS01/../../evil.csv", "/etc/evil.csv",
                "C:/Windows/evil.csv", "..\\..\\evil.csv", "\\\\server\\share\\evil.csv")) {
            Path zip = zip("slip.zip", List.of("NPS01/radius.csv", name), CSV);

            InventoryProblem problem = refused(zip);

            assertTrue(problem.message().contains(name), problem.message());
            assertTrue(problem.message().contains("\"..\"") || problem.message().contains("absolute path"),
                    problem.message());
        }
        assertTrue(Files.notExists(dir.resolve("evil.csv")));
    }

    @Test
    void highlyCompressedEntryIsRefusedAsABomb() throws Exception {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("nps.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            InventoryProblem problem = refused(zip);
            assertTrue(problem.message().contains("possible ZIP bomb"), problem.message());
        });
    }

    @Test
    void tooManyEntriesOrTooManyBytesAreRefused() throws Exception {
        Path many = zip("many.zip", List.of("a.csv", "b.csv", "c.csv", "d.csv"), CSV);
        Path large = zip("large.zip", List.of("a.csv", "b.csv"), CSV);
        ImportLimits tight = new ImportLimits(1 << 20, 3, 100, 100);

        InventoryProblem entries = InventoryTestFiles.onlyProblem(new InventoryImporter(tight).importFrom(many, null));
        InventoryProblem bytes = InventoryTestFiles.onlyProblem(new InventoryImporter(
                new ImportLimits(1 << 20, 10, CSV.length + 10, 100)).importFrom(large, null));

        assertEquals("many.zip:0: the archive has 4 entries, more than the 3 Cutover accepts", entries.toString());
        assertTrue(bytes.message().contains("possible ZIP bomb"), bytes.message());
    }

    @Test
    void entryExpandingBeyondItsDeclaredSizeIsRefused() throws Exception {
        Path zip = zip("liar.zip", List.of("radius.csv"), CSV);
        byte[] bytes = Files.readAllBytes(zip);
        // the central directory's "uncompressed size" (offset 24 of its header) claims 10 bytes
        int central = lastIndexOf(bytes, new byte[] {0x50, 0x4b, 0x01, 0x02});
        bytes[central + 24] = 10;
        bytes[central + 25] = 0;
        bytes[central + 26] = 0;
        bytes[central + 27] = 0;
        Files.write(zip, bytes);

        ImportedInventory imported = new InventoryImporter().importFrom(zip, null);

        assertEquals(List.of(), imported.dependencies());
        assertEquals(1, imported.problems().size(), imported.problems().toString());
        assertTrue(imported.problems().get(0).file().startsWith("liar.zip"), imported.problems().toString());
    }

    @Test
    void notAZipIsAProblem() throws Exception {
        Path zip = dir.resolve("broken.zip");
        Files.writeString(zip, "PK\u0003\u0004 this is not really an archive");

        InventoryProblem problem = refused(zip);

        assertTrue(problem.message().startsWith("the file is not a valid ZIP archive"), problem.message());
    }

    @Test
    void zipInsideAFolderIsSkipped() throws Exception {
        zip("inner.zip", List.of("radius.csv"), CSV);

        ImportedInventory imported = new InventoryImporter().importFrom(dir, null);

        assertEquals("a ZIP archive inside the collection; import it on its own", imported.skippedFiles().get(0)
                .reason());
    }

    private InventoryProblem refused(Path zip) {
        ImportedInventory imported = new InventoryImporter().importFrom(zip, null);
        assertEquals(List.of(), imported.dependencies(), "nothing from a refused archive");
        InventoryProblem problem = InventoryTestFiles.onlyProblem(imported);
        assertEquals(zip.getFileName().toString(), problem.file());
        return problem;
    }

    private Path zip(String name, List<String> entries, byte[] content) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            boolean match = true;
            for (int j = 0; j < pattern.length && match; j++) {
                match = bytes[i + j] == pattern[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
