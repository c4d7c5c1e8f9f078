package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.synthetic.SyntheticTenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationHistoryFileTest {

    private static final String HEADER = "{\"format\":\"cutover-migration-history\",\"version\":1}\n";

    @TempDir
    Path dir;

    private MigrationHistory read(String content, List<ImportProblem> problems) throws IOException {
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new MigrationHistoryFile().read(file, problems::add);
    }

    @Test
    void roundTripsASyntheticHistory() throws Exception {
        MigrationHistory written = new SyntheticTenant(3).history(2_000);
        Path file = dir.resolve("history.jsonl");
        new MigrationHistoryFile().write(file, written);
        List<ImportProblem> problems = new ArrayList<>();
        MigrationHistory read = new MigrationHistoryFile().read(file, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(written.size(), read.size());
        for (MigratedUser user : written.users()) {
            assertEquals(user, read.get(user.upn()));
        }
    }

    @Test
    void badLinesAreRejectedWithTheirNumbers() throws Exception {
        List<ImportProblem> problems = new ArrayList<>();
        MigrationHistory history = read(HEADER
                + "{\"upn\":\"a@contoso.com\",\"fingerprint\":\"v1:0123456789abcdef\",\"migratedAt\":\"2026-01-02T03:04:05Z\"}\n"
                + "\n"
                + "{\"upn\":\"b@contoso.com\",\"fingerprint\":\"0123\",\"migratedAt\":\"2026-01-02T03:04:05Z\"}\n"
                + "{\"upn\":\"c@contoso.com\",\"fingerprint\":\"v1:0123456789abcdef\"}\n"
                + "{\"upn\":\"a@contoso.com\",\"fingerprint\":\"v1:0123456789abcdef\",\"migratedAt\":\"2026-01-02T03:04:05Z\"}\n"
                + "{\"upn\":\"d@contoso.com\",\"fingerprint\":\"v1:0123456789abcdef\",\"migratedAt\":\"2026-01-02T03:04:05Z\",\"x\":1}\n"
                + "not json\n", problems);
        assertEquals(1, history.size());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), history.get("a@contoso.com").migratedAt());
        assertNull(history.get("b@contoso.com"));
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L), problems.stream().map(ImportProblem::line).toList());
        assertTrue(problems.get(0).message().contains("not a Cutover user fingerprint"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("migratedAt"), problems.get(1).message());
        assertTrue(problems.get(2).message().contains("already appears on line 2"), problems.get(2).message());
        assertTrue(problems.get(3).message().contains("unknown field"), problems.get(3).message());
    }

    @Test
    void aWrongHeaderOrAMissingFileIsFatal() {
        IOException wrong = assertThrows(IOException.class, () -> read("{\"format\":\"cutover-plan\"}\n",
                new ArrayList<>()));
        assertTrue(wrong.getMessage().startsWith(dir.resolve("history.jsonl") + ":1: this is not a Cutover "
                + "migration history"), wrong.getMessage());
        IOException newer = assertThrows(IOException.class, () -> read(
                "{\"format\":\"cutover-migration-history\",\"version\":2}\n", new ArrayList<>()));
        assertTrue(newer.getMessage().contains("unsupported migration history version 2"), newer.getMessage());
        IOException missing = assertThrows(IOException.class,
                () -> new MigrationHistoryFile().read(dir.resolve("none.jsonl"), p -> { }));
        assertTrue(missing.getMessage().endsWith("none.jsonl:0: the file does not exist"), missing.getMessage());
    }
}
