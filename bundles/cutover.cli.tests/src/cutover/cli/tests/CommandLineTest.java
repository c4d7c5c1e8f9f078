package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cutover.cli.ExitCode;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.synthetic.SyntheticTenant;
import cutover.core.tenant.TenantSnapshot;
import cutover.importers.mfaserver.MfaServerExportReader;
import cutover.importers.mfaserver.TenantSnapshotReader;

/** {@code cutover <command>} as a specialist types it: output, errors and exit codes. */
class CommandLineTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private int cutover(String... words) {
        return cli.run(words);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void generateWritesTheRequestedUsersDeterministically() throws Exception {
        Path first = dir.resolve("a/users.csv");
        Path second = dir.resolve("b/users.csv");
        assertEquals(ExitCode.OK, cutover("generate", "mfaserver", "--users", "500", "--seed", "9", "--out", first.toString()));
        assertTrue(out().contains("Wrote 500 users"), out());
        assertEquals(ExitCode.OK, cutover("generate", "mfaserver", "--users=500", "--seed=9", "--out", second.toString()));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "same seed, same file");

        List<MfaServerUser> read = new ArrayList<>();
        new MfaServerExportReader().read(first, read::add, p -> { throw new AssertionError(p.toString()); },
                new NullProgressMonitor());
        assertEquals(new SyntheticMfaServerUsers(9).users(500).toList(), read);
    }

    @Test
    void generateJsonLinesFromTheFileName() throws Exception {
        Path file = dir.resolve("users.jsonl");
        assertEquals(ExitCode.OK, cutover("generate", "mfaserver", "--users", "20", "--out", file.toString()));
        assertTrue(Files.readString(file).lines().anyMatch(l -> l.startsWith("{")), "JSON Lines content");
    }

    @Test
    void generateTenantWritesASnapshotThatMatchesTheExport() throws Exception {
        Path file = dir.resolve("tenant.jsonl");
        assertEquals(ExitCode.OK, cutover("generate", "tenant", "--users", "400", "--seed", "9", "--out", file.toString()));
        assertTrue(out().contains("Entra users"), out());
        TenantSnapshot read = new TenantSnapshotReader().read(file, p -> { throw new AssertionError(p.toString()); });
        assertEquals(new SyntheticTenant(9).snapshot(400), read);
        assertEquals(ExitCode.USAGE, cutover("generate", "planets", "--users", "4", "--out", file.toString()));
    }

    @Test
    void importValidateCountsAGoodFile() throws Exception {
        Path file = dir.resolve("good.csv");
        cutover("generate", "mfaserver", "--users", "300", "--out", file.toString());
        assertEquals(ExitCode.OK, cutover("import", "--validate", file.toString()));
        assertTrue(out().contains("300 users valid, 0 lines rejected"), out());
        assertEquals("", err());
    }

    @Test
    void importValidateListsRejectedLinesWithFileAndLineAndFails() throws Exception {
        Path file = dir.resolve("bad.csv");
        cutover("generate", "mfaserver", "--users", "5", "--out", file.toString());
        long lines = Files.readAllLines(file).size();
        Files.writeString(file, "garbage line without the right columns\n", StandardOpenOption.APPEND);

        assertEquals(ExitCode.BAD_INPUT, cutover("import", "--validate", file.toString()));
        assertTrue(err().contains("bad.csv:" + (lines + 1) + ":"), err());
        assertTrue(out().contains("5 users valid, 1 lines rejected"), out());
    }

    @Test
    void importOfAMissingFileSaysSoAndFails() {
        Path missing = dir.resolve("nowhere.csv");
        assertEquals(ExitCode.BAD_INPUT, cutover("import", "--validate", missing.toString()));
        assertTrue(err().contains("nowhere.csv"), err());
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertEquals(ExitCode.USAGE, cutover("frobnicate"));
        assertTrue(err().contains("unknown command \"frobnicate\""), err());
        assertEquals(ExitCode.USAGE, cutover("generate", "mfaserver", "--users", "10", "--colour", "red", "--out", "x.csv"));
        assertTrue(err().contains("unknown option --colour"), err());
        assertEquals(ExitCode.USAGE, cutover("generate", "mfaserver", "--users", "ten", "--out", "x.csv"));
        assertTrue(err().contains("--users must be a whole number"), err());
        assertEquals(ExitCode.USAGE, cutover("import"));
        assertTrue(err().contains("--validate is required"), err());
    }

    @Test
    void helpIsEverywhere() {
        assertEquals(ExitCode.OK, cutover("--help"));
        assertTrue(out().contains("cutover demo"), out());
        for (String command : new String[] { "generate", "import", "bench" }) {
            assertEquals(ExitCode.OK, cutover(command, "--help"));
            assertTrue(out().startsWith("Usage: cutover " + command), out());
            assertEquals(ExitCode.OK, cutover("help", command));
            assertFalse(out().isBlank());
        }
    }
}
