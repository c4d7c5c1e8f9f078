package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cutover.cli.ExitCode;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.inventory.InventoryFixtures;
import cutover.importers.inventory.InventoryImporter;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.importers.inventory.readiness.ReadinessFile;

/** {@code cutover inventory} on collections as a specialist brings them back from the customer's servers. */
class InventoryCommandTest {

    private static final String NPS_EXPORT = InventoryFixtures.NPS_SERVER + "/nps-configuration.xml";

    @TempDir
    Path dir;
    private Path workspace;
    private String before;
    private final Cli cli = new Cli();

    @BeforeEach
    void ownWorkspace() {
        workspace = dir.resolve("workspace");
        before = System.setProperty("cutover.workspace", workspace.toString());
    }

    @AfterEach
    void restoreWorkspace() {
        Cli.restoreWorkspace(before);
    }

    @Test
    void aCollectionZipGivesTheSummaryAndEveryReport() throws Exception {
        InventoryFixtures fixtures = new InventoryFixtures(8);
        Path zip = fixtures.writeZip(dir.resolve("contoso.zip"), 30, 10);
        Path html = dir.resolve("out/inventory.html");
        Path csv = dir.resolve("out/inventory.csv");
        Path json = dir.resolve("out/inventory.json");
        Files.createDirectories(html.getParent());
        assertEquals(ExitCode.OK, cli.run("inventory", "--in", zip.toString(), "--report", html.toString(),
                "--report", csv.toString(), "--report=" + json), cli.err());
        assertEquals("", cli.err());
        String out = cli.out();
        assertTrue(out.startsWith(zip + ": "), out);
        assertTrue(out.contains("1 file skipped, 0 problems"), out);
        assertTrue(out.contains("By category:") && out.contains("RADIUS client") && out.contains("By recommended target:"),
                out);
        assertTrue(out.contains("Report written: " + html) && out.contains("Report written: " + json), out);

        String page = Files.readString(html);
        assertTrue(page.contains("<h1>MFA Server dependency inventory</h1>") && page.contains("@media print"));
        assertTrue(page.contains(zip.toString()), "the collection is named");
        List<String> rows = Files.readAllLines(csv);
        assertEquals("\uFEFFid,category,name,identifier,source,target,rule,readiness,notes,reasons,caveats,evidence",
                rows.get(0));
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("radius-client-")));
        String data = Files.readString(json);
        assertTrue(data.startsWith("{\"format\":\"cutover-inventory\",\"version\":1,"), data.substring(0, 60));
        for (String secret : fixtures.secretsWritten()) {
            assertFalse(page.contains(secret) || data.contains(secret) || String.join("\n", rows).contains(secret),
                    "a secret reached a report");
            assertFalse(out.contains(secret), "a secret was printed");
        }
    }

    @Test
    void theWorkspaceReadinessAppearsInTheReports() throws Exception {
        Path folder = new InventoryFixtures(9).writeFolder(dir.resolve("collection"), 5, 2);
        Path csv = dir.resolve("first.csv");
        assertEquals(ExitCode.OK, cli.run("inventory", "--in", folder.toString(), "--report", csv.toString()));
        String id = Files.readAllLines(csv).get(1).split(",", 2)[0];
        String notes = "Firmware 9.16 supports SAML; \"Kim\" tests it\non Monday";
        ReadinessFile.inWorkspace(workspace).save(List.of(
                new ReadinessRecord(id, Readiness.IN_PROGRESS, notes, Instant.parse("2026-03-01T09:30:00Z")),
                new ReadinessRecord("radius-client-vanished0000", Readiness.VERIFIED, "", Instant.EPOCH)));

        Path html = dir.resolve("second.html");
        assertEquals(ExitCode.OK, cli.run("inventory", "--in", folder.toString(), "--report", html.toString()));
        assertTrue(cli.out().contains("Readiness: 2 records from "
                + workspace.resolve("inventory").resolve("readiness.json")), cli.out());
        assertTrue(cli.out().contains("1 for dependencies not in this collection"), cli.out());
        String page = Files.readString(html);
        assertTrue(page.contains("Firmware 9.16 supports SAML; &quot;Kim&quot; tests it\non Monday"));
        assertTrue(page.contains("radius-client-vanished0000"));
    }

    @Test
    void theRosterOfTheCollectionIsRecordedInTheWorkspace() throws Exception {
        InventoryFixtures fixtures = new InventoryFixtures(11);
        Path folder = fixtures.writeFolder(dir.resolve("collection"), 12, 4);
        Instant before = Instant.now();
        assertEquals(ExitCode.OK, cli.run("inventory", "--in", folder.toString()), cli.err());
        List<String> found = new InventoryImporter().importFrom(folder, new NullProgressMonitor()).dependencies()
                .stream().map(Dependency::id).sorted().toList();
        Path file = workspace.resolve("inventory").resolve("roster.json");
        assertTrue(cli.out().contains(String.format(Locale.US, "%nRoster of %,d dependencies recorded in %s%n",
                found.size(), file)), cli.out());

        InventoryRoster.Roster roster = InventoryRoster.load(workspace).orElseThrow();
        assertEquals(folder.toString(), roster.source());
        assertFalse(roster.analysedAt().isBefore(before));
        assertEquals(found, roster.dependencies().stream().map(InventoryRoster.Entry::id).toList(),
                "every dependency of the inventory, by id");
        assertTrue(roster.dependencies().stream().anyMatch(e -> e.category() == DependencyCategory.RADIUS_CLIENT
                && e.identifier() != null && !e.server().isEmpty()));
        String text = Files.readString(file);
        for (String secret : fixtures.secretsWritten()) {
            assertFalse(text.contains(secret), "a secret reached the roster");
        }

        ReadinessFile.inWorkspace(workspace).save(List.of(
                new ReadinessRecord(found.get(0), Readiness.VERIFIED, "", Instant.parse("2026-03-01T09:30:00Z"))));
        assertEquals(found.subList(1, found.size()), roster.notMigrated(ReadinessFile.load(workspace)).stream()
                .map(InventoryRoster.Entry::id).toList());
    }

    @Test
    void aRosterThatCannotBeRecordedFailsAfterTheReports() throws Exception {
        Path folder = new InventoryFixtures(14).writeFolder(dir.resolve("collection"), 3, 1);
        Path roster = workspace.resolve("inventory/roster.json");
        Files.createDirectories(roster);
        Files.writeString(roster.resolve("in the way.txt"), "a folder where the roster goes");
        Path csv = dir.resolve("report.csv");
        assertEquals(ExitCode.FAILURE, cli.run("inventory", "--in", folder.toString(), "--report", csv.toString()));
        assertTrue(cli.err().contains("cutover inventory: cannot record the roster in " + roster), cli.err());
        assertTrue(Files.isRegularFile(csv), "the report is still written");
    }

    @Test
    void aMissingCollectionIsNamed() {
        Path missing = dir.resolve("no-such-collection.zip");
        Path html = dir.resolve("report.html");
        assertEquals(ExitCode.BAD_INPUT, cli.run("inventory", "--in", missing.toString(), "--report", html.toString()));
        assertTrue(cli.err().contains(missing.toString()) && cli.err().contains("does not exist"), cli.err());
        assertFalse(Files.exists(html));
    }

    @Test
    void aBadFileIsListedWithItsLineAndTheRestIsReported() throws Exception {
        Path folder = new InventoryFixtures(10).writeFolder(dir.resolve("collection"), 20, 6);
        Path nps = folder.resolve(NPS_EXPORT);
        List<String> lines = Files.readAllLines(nps);
        Files.write(nps, lines.subList(0, 12));
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        assertEquals(ExitCode.BAD_INPUT, cli.run("inventory", "--in", folder.toString(), "--report", html.toString(),
                "--report", json.toString()));
        String err = cli.err();
        assertTrue(err.matches("(?s).*" + NPS_EXPORT + ":\\d+: .*"), err);
        assertTrue(err.contains("1 problem in the collected files"), err);
        String page = Files.readString(html);
        assertTrue(page.contains("<code>" + NPS_EXPORT + "</code></td><td class=\"n\">"), "the problem, in the appendix");
        assertTrue(page.contains("AD FS relying party trust"), "the other files' dependencies are reported");
        assertTrue(Files.readString(json).contains("\"file\":\"" + NPS_EXPORT + "\""));
    }

    @Test
    void aBadFileInsideAZipIsNamedWithTheArchive() throws Exception {
        Path good = new InventoryFixtures(12).writeZip(dir.resolve("good.zip"), 10, 3);
        Path bad = dir.resolve("bad.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("nps-configuration.xml")) {
                    content = Arrays.copyOf(content, content.length / 3);
                }
                out.write(content);
                out.closeEntry();
            }
        }
        Path csv = dir.resolve("report.csv");
        assertEquals(ExitCode.BAD_INPUT, cli.run("inventory", "--in", bad.toString(), "--report", csv.toString()));
        assertTrue(cli.err().matches("(?s)bad\\.zip!.*nps-configuration\\.xml:\\d+: .*"), cli.err());
        assertTrue(Files.readAllLines(csv).size() > 5, "the other entries are reported");
    }

    @Test
    void aCorruptReadinessFileStopsBeforeAnythingIsWritten() throws Exception {
        Path folder = new InventoryFixtures(13).writeFolder(dir.resolve("collection"), 3, 1);
        Path readiness = workspace.resolve("inventory/readiness.json");
        Files.createDirectories(readiness.getParent());
        Files.writeString(readiness, "{\"format\":\"cutover-readiness\",\"version\":1,\"records\":[\n{\"dependencyId\":");
        Path html = dir.resolve("report.html");
        assertEquals(ExitCode.BAD_INPUT, cli.run("inventory", "--in", folder.toString(), "--report", html.toString()));
        assertTrue(cli.err().contains(readiness + ":2: "), cli.err());
        assertFalse(Files.exists(html));
        assertFalse(Files.exists(workspace.resolve("inventory/roster.json")));
    }

    @Test
    void usageMistakes() {
        assertEquals(ExitCode.USAGE, cli.run("inventory", "--report", "x.html"));
        assertTrue(cli.err().contains("--in is required"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("inventory", "--in", dir.toString(), "--report", "x.pdf"));
        assertTrue(cli.err().contains("x.pdf") && cli.err().contains(".html"), cli.err());
        assertEquals(ExitCode.OK, cli.run("inventory", "--help"));
        assertTrue(cli.out().startsWith("Usage: cutover inventory --in DIR|ZIP"));
        assertEquals(ExitCode.OK, cli.run("--help"));
        assertTrue(cli.out().contains("  inventory "), cli.out());
    }

    @Test
    void benchInventoryPrintsItsFigures() {
        assertEquals(ExitCode.OK, cli.run("bench", "inventory", "--radius-clients", "40", "--relying-parties", "8",
                "--rounds", "2"), cli.err());
        String out = cli.out();
        assertTrue(out.contains("round 2:") && out.contains("(median of 2)") && out.contains("Writing inventory.html:"),
                out);
        assertTrue(out.contains("Read 11 files"), out);
    }
}
