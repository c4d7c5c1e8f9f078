package cutover.importers.inventory.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessFileTest {

    private static final Instant WHEN = Instant.parse("2026-03-01T09:30:00.123Z");

    @TempDir
    Path workspace;

    private ReadinessFile file() {
        return ReadinessFile.inWorkspace(workspace);
    }

    private ReadinessFileException corrupt(String content) throws IOException {
        Files.createDirectories(file().file().getParent());
        Files.writeString(file().file(), content, StandardCharsets.UTF_8);
        return assertThrows(ReadinessFileException.class, () -> file().load());
    }

    private static String header() {
        return "{\"format\":\"cutover-readiness\",\"version\":1,\"records\":[\n";
    }

    @Test
    void liesInTheWorkspacesInventoryFolder() {
        assertEquals(workspace.resolve("inventory/readiness.json"), file().file());
    }

    @Test
    void aMissingFileIsEmpty() throws Exception {
        assertEquals(List.of(), file().load());
        assertEquals(List.of(), ReadinessFile.load(workspace));
    }

    @Test
    void theWorkspaceFormsUseTheWorkspacesFile() throws Exception {
        List<ReadinessRecord> records = List.of(new ReadinessRecord("a", Readiness.MIGRATED, "one", WHEN));
        ReadinessFile.save(workspace, records);
        assertTrue(Files.isRegularFile(workspace.resolve("inventory/readiness.json")));
        assertEquals(records, ReadinessFile.load(workspace));
    }

    @Test
    void roundTripsNotesOfAnyText() throws Exception {
        List<ReadinessRecord> records = List.of(
                new ReadinessRecord("radius-client-000000000001", Readiness.IN_PROGRESS,
                        "Said \"yes\" on the call,\nthen: C:\\temp\\vpn.cfg\ttab, back\\slash", WHEN),
                new ReadinessRecord("adfs-relying-party-00000000000a", Readiness.VERIFIED,
                        "Ünïcödé — 日本語 🎉 \u2028 \u0001 ctrl", WHEN.plusSeconds(60)),
                new ReadinessRecord("ldap-client-000000000003", Readiness.NOT_STARTED, "", Instant.EPOCH),
                new ReadinessRecord("nps-policy-000000000004", Readiness.MIGRATED, "}]{\"records\":[", WHEN));
        file().save(records);
        List<ReadinessRecord> read = file().load();
        assertEquals(records.size(), read.size());
        assertTrue(read.containsAll(records) && records.containsAll(read), read.toString());
        assertEquals(List.of("adfs-relying-party-00000000000a", "ldap-client-000000000003", "nps-policy-000000000004",
                "radius-client-000000000001"), read.stream().map(ReadinessRecord::dependencyId).toList(),
                "saved sorted by id");
        String text = Files.readString(file().file());
        assertTrue(text.startsWith("{\"format\":\"cutover-readiness\",\"version\":1,\"records\":["));
        assertEquals(records.size() + 2, text.split("\n").length, "one record per line");
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
        file().save(List.of(new ReadinessRecord("a", Readiness.MIGRATED, "one", WHEN)));
        file().save(List.of(new ReadinessRecord("b", Readiness.VERIFIED, "two", WHEN)));
        assertEquals(List.of(new ReadinessRecord("b", Readiness.VERIFIED, "two", WHEN)), file().load());
        try (Stream<Path> files = Files.list(file().file().getParent())) {
            assertEquals(List.of("readiness.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        file().save(List.of());
        assertEquals(List.of(), file().load());
    }

    @Test
    void twoRecordsForOneDependencyAreNotSaved() throws Exception {
        List<ReadinessRecord> twice = new ArrayList<>();
        twice.add(new ReadinessRecord("a", Readiness.MIGRATED, "one", WHEN));
        twice.add(new ReadinessRecord("a", Readiness.VERIFIED, "two", WHEN));
        assertThrows(IllegalArgumentException.class, () -> file().save(twice));
        assertFalse(Files.exists(file().file()));
    }

    @Test
    void aBrokenFileIsRefusedWithItsLine() throws Exception {
        ReadinessFileException e = corrupt(header()
                + "{\"dependencyId\":\"a\",\"readiness\":\"MIGRATED\",\"notes\":\"\",\"updatedAt\":\"2026-03-01T09:30:00Z\"},\n"
                + "{\"dependencyId\":\"b\",\"readiness\":\"MIGRATED\",\"notes\":\"unterminated,\"updatedAt\":\"x\"},\n"
                + "]}\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith(file().file() + ":3: "), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        ReadinessFileException e = corrupt(header()
                + "{\"dependencyId\":\"a\",\"readiness\":\"MIGRATED\",\"notes\":\"\",\"updatedAt\":\"2026-03-01T09:30:00Z\"},\n"
                + "{\"dependencyId\":\"b\",\"rea");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void badValuesAreRefusedWithTheirLine() throws Exception {
        String good = "{\"dependencyId\":\"a\",\"readiness\":\"MIGRATED\",\"notes\":\"\",\"updatedAt\":\"2026-03-01T09:30:00Z\"}";
        ReadinessFileException state = corrupt(header() + good + ",\n"
                + "{\"dependencyId\":\"b\",\"readiness\":\"DONE\",\"notes\":\"\",\"updatedAt\":\"2026-03-01T09:30:00Z\"}\n]}");
        assertEquals(3, state.line());
        assertTrue(state.getMessage().contains("DONE"), state.getMessage());
        ReadinessFileException time = corrupt(header() + good + ",\n\n"
                + "{\"dependencyId\":\"b\",\"readiness\":\"VERIFIED\",\"notes\":\"\",\"updatedAt\":\"yesterday\"}\n]}");
        assertEquals(4, time.line());
        ReadinessFileException twice = corrupt(header() + good + ",\n" + good + "\n]}");
        assertEquals(3, twice.line());
        assertTrue(twice.getMessage().contains("line 2"), twice.getMessage());
        ReadinessFileException unknown = corrupt(header()
                + "{\"dependencyId\":\"a\",\"readiness\":\"MIGRATED\",\"notes\":\"\",\"updatedAt\":\"2026-03-01T09:30:00Z\","
                + "\n\"owner\":\"Kim\"}\n]}");
        assertEquals(3, unknown.line());
        assertTrue(unknown.getMessage().contains("owner"), unknown.getMessage());
    }

    @Test
    void otherFilesAndVersionsAreRefused() throws Exception {
        assertTrue(corrupt("{\"format\":\"cutover-plan\",\"version\":1}").getMessage()
                .contains("not a Cutover readiness file"));
        assertTrue(corrupt("[1,2]").getMessage().contains("not a Cutover readiness file"));
        ReadinessFileException newer = corrupt("{\"format\":\"cutover-readiness\",\n\"version\":2,\"records\":[]}");
        assertEquals(2, newer.line());
        assertTrue(newer.getMessage().contains("version 2"), newer.getMessage());
        assertTrue(corrupt("").getMessage().contains("empty"), "an empty file is refused, not read as empty");
    }

    @Test
    void badBytesAreRefusedWithTheirLine() throws Exception {
        Files.createDirectories(file().file().getParent());
        byte[] start = (header() + "{\"dependencyId\":\"a\",\"readiness\":\"MIGRATED\",\"notes\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] end = "\",\"updatedAt\":\"2026-03-01T09:30:00Z\"}\n]}".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[start.length + 1 + end.length];
        System.arraycopy(start, 0, content, 0, start.length);
        content[start.length] = (byte) 0xC3;
        System.arraycopy(end, 0, content, start.length + 1, end.length);
        Files.write(file().file(), content);
        ReadinessFileException e = assertThrows(ReadinessFileException.class, () -> file().load());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void aByteOrderMarkFromAnEditorIsAccepted() throws Exception {
        file().save(List.of(new ReadinessRecord("a", Readiness.MIGRATED, "one", WHEN)));
        byte[] saved = Files.readAllBytes(file().file());
        byte[] withBom = new byte[saved.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(saved, 0, withBom, 3, saved.length);
        Files.write(file().file(), withBom);
        assertEquals(1, file().load().size());
    }
}
