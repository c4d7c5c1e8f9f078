package cutover.importers.inventory.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Evidence;
import cutover.core.inventory.Facts;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.importers.inventory.readiness.InventoryRoster.Entry;
import cutover.importers.inventory.readiness.InventoryRoster.Roster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryRosterTest {

    private static final Instant WHEN = Instant.parse("2026-03-01T09:30:00.123Z");
    private static final String GOOD_ENTRY = "{\"id\":\"a\",\"category\":\"LDAP_CLIENT\",\"name\":\"n\",\"source\":\"s\","
            + "\"identifier\":null}";

    @TempDir
    Path workspace;

    private Path file() {
        return workspace.resolve("inventory/roster.json");
    }

    private static Dependency dependency(DependencyCategory category, String server, String name, String identifier) {
        return Dependency.of(category, server, name, identifier, Map.of(Facts.VENDOR, "Cisco ASA 9.16"),
                List.of(new Evidence(server + "/nps-configuration.xml", 12, null, "seen in the NPS export")));
    }

    private InventoryRosterException corrupt(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), content, StandardCharsets.UTF_8);
        return assertThrows(InventoryRosterException.class, () -> InventoryRoster.load(workspace));
    }

    private static String header() {
        return "{\"format\":\"cutover-inventory-roster\",\"version\":1,\"source\":\"c.zip\","
                + "\"analysedAt\":\"2026-03-01T09:30:00Z\",\"dependencies\":[\n";
    }

    @Test
    void noRosterBeforeAnInventoryIsAnalysed() throws Exception {
        assertEquals(file(), InventoryRoster.fileIn(workspace));
        assertEquals(Optional.empty(), InventoryRoster.load(workspace));
    }

    @Test
    void roundTripsWhatNamesEachDependencyAndNothingElse() throws Exception {
        List<Dependency> dependencies = List.of(
                dependency(DependencyCategory.RADIUS_CLIENT, "nps01", "VPN \"Head office\"\n01", "10.0.0.1"),
                dependency(DependencyCategory.ADFS_RELYING_PARTY, "adfs", "Ünïcödé — 日本語 🎉", "urn:app:\\x"),
                dependency(DependencyCategory.WEB_SDK_CONSUMER, "", "User portal", null),
                dependency(DependencyCategory.LDAP_CLIENT, "mfa01", "}]{\"dependencies\":[", "ldap://mfa01:389"));
        String source = "C:\\collections\\contoso 2026.zip";
        InventoryRoster.save(workspace, source, WHEN, dependencies);

        Roster roster = InventoryRoster.load(workspace).orElseThrow();
        assertEquals(source, roster.source());
        assertEquals(WHEN, roster.analysedAt());
        List<Entry> expected = dependencies.stream()
                .map(d -> new Entry(d.id(), d.category(), d.name(), d.source(), d.identifier()))
                .sorted(Comparator.comparing(Entry::id)).toList();
        assertEquals(expected, roster.dependencies(), "every dependency, sorted by id");

        String text = Files.readString(file());
        assertTrue(text.startsWith("{\"format\":\"cutover-inventory-roster\",\"version\":1,"), text);
        assertEquals(dependencies.size() + 2, text.split("\n").length, "one dependency per line");
        assertFalse(text.contains("Cisco ASA") || text.contains("NPS export"), "attributes and evidence are not kept");
    }

    @Test
    void savingReplacesTheRosterAndLeavesNoTemporaryFile() throws Exception {
        InventoryRoster.save(workspace, "first", WHEN, List.of(dependency(DependencyCategory.RADIUS_CLIENT, "a", "b",
                null)));
        InventoryRoster.save(workspace, "second", WHEN.plusSeconds(60), List.of());
        Roster roster = InventoryRoster.load(workspace).orElseThrow();
        assertEquals(new Roster("second", WHEN.plusSeconds(60), List.of()), roster);
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertEquals(List.of("roster.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void notMigratedIsWhatHasNoRecordOrIsNotStartedOrInProgress() {
        Entry none = new Entry("a-none", DependencyCategory.RADIUS_CLIENT, "no record", "nps01", "10.0.0.1");
        Entry notStarted = new Entry("b-not-started", DependencyCategory.LDAP_CLIENT, "ldap", "mfa01", null);
        Entry inProgress = new Entry("c-in-progress", DependencyCategory.ADFS_RELYING_PARTY, "rp", "adfs", "urn:x");
        Entry migrated = new Entry("d-migrated", DependencyCategory.WEB_SDK_CONSUMER, "portal", "mfa01", null);
        Entry verified = new Entry("e-verified", DependencyCategory.RADIUS_CLIENT, "wifi", "nps02", "10.0.0.2");
        Roster roster = new Roster("c.zip", WHEN, List.of(none, notStarted, inProgress, migrated, verified));
        List<ReadinessRecord> records = List.of(
                new ReadinessRecord(notStarted.id(), Readiness.NOT_STARTED, "", WHEN),
                new ReadinessRecord(inProgress.id(), Readiness.IN_PROGRESS, "testing", WHEN),
                new ReadinessRecord(migrated.id(), Readiness.MIGRATED, "", WHEN),
                new ReadinessRecord(verified.id(), Readiness.VERIFIED, "", WHEN),
                new ReadinessRecord("radius-client-gone", Readiness.NOT_STARTED, "no longer collected", WHEN));
        assertEquals(List.of(none, notStarted, inProgress), roster.notMigrated(records));
        assertEquals(roster.dependencies(), roster.notMigrated(List.of()), "no records: nothing is migrated");
    }

    @Test
    void aDamagedFileIsRefusedWithItsLine() throws Exception {
        InventoryRosterException broken = corrupt(header() + GOOD_ENTRY + ",\n"
                + "{\"id\":\"b\",\"category\":\"LDAP_CLIENT\",\"name\":\"unterminated,\"source\":\"s\"},\n]}\n");
        assertEquals(3, broken.line());
        assertTrue(broken.getMessage().startsWith(file() + ":3: "), broken.getMessage());

        InventoryRosterException truncated = corrupt(header() + GOOD_ENTRY + ",\n{\"id\":\"b\",\"categ");
        assertEquals(3, truncated.line());
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
    }

    @Test
    void badValuesAreRefusedWithTheirLine() throws Exception {
        InventoryRosterException category = corrupt(header() + GOOD_ENTRY + ",\n"
                + "{\"id\":\"b\",\"category\":\"PRINTER\",\"name\":\"n\",\"source\":\"s\",\"identifier\":null}\n]}");
        assertEquals(3, category.line());
        assertTrue(category.getMessage().contains("PRINTER") && category.getMessage().contains("RADIUS_CLIENT"),
                category.getMessage());
        InventoryRosterException twice = corrupt(header() + GOOD_ENTRY + ",\n" + GOOD_ENTRY + "\n]}");
        assertEquals(3, twice.line());
        assertTrue(twice.getMessage().contains("line 2"), twice.getMessage());
        InventoryRosterException unknown = corrupt(header() + GOOD_ENTRY.replace("}", ",\n\"secret\":\"x\"}")
                + "\n]}");
        assertEquals(3, unknown.line());
        assertTrue(unknown.getMessage().contains("secret"), unknown.getMessage());
        InventoryRosterException missing = corrupt(header() + "\n" + GOOD_ENTRY.replace(",\"identifier\":null", "")
                + "\n]}");
        assertEquals(3, missing.line());
        assertTrue(missing.getMessage().contains("identifier"), missing.getMessage());
        InventoryRosterException when = corrupt(header().replace("2026-03-01T09:30:00Z", "yesterday") + "]}");
        assertEquals(1, when.line());
        assertTrue(when.getMessage().contains("analysedAt"), when.getMessage());
    }

    @Test
    void otherFilesAndVersionsAreRefused() throws Exception {
        assertTrue(corrupt("{\"format\":\"cutover-readiness\",\"version\":1,\"records\":[]}").getMessage()
                .contains("not a Cutover inventory roster"));
        InventoryRosterException newer = corrupt(header().replace("\"version\":1,", "\n\"version\":2,") + "]}");
        assertEquals(2, newer.line());
        assertTrue(newer.getMessage().contains("version 2"), newer.getMessage());
        assertTrue(corrupt("").getMessage().contains("empty"), "an empty file is refused, not read as no roster");
    }
}
