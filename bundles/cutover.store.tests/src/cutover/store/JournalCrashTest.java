package cutover.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.plan.MigratedUser;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal against a real second process: killed mid-run, and holding the journal open. */
class JournalCrashTest {

    @TempDir
    Path workspace;

    private Process child(String... args) throws Exception {
        String classpath = String.join(File.pathSeparator, location(Journal.class), location(JournalCrashChild.class),
                location(MigratedUser.class), location(JdbcDataSource.class));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", classpath,
                JournalCrashChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    @Test
    void aProcessKilledMidRunLeavesConfirmedWritesConfirmedAndTheSentOneInDoubt() throws Exception {
        Process process = child(workspace.toString());
        String output;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            output = out.lines().reduce("", (a, b) -> a + b + "\n");
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, process.exitValue(), output);
        long run = Long.parseLong(output.strip().lines().reduce((a, b) -> b).orElseThrow());

        try (Journal journal = Journal.open(workspace)) {
            List<JournalEntry> entries = journal.entries(run);
            assertEquals(List.of(EntryState.CONFIRMED, EntryState.SENT, EntryState.PLANNED),
                    entries.stream().map(JournalEntry::state).toList());
            assertEquals("created-0", entries.get(0).resultId());
            assertEquals(List.of(1, 2), journal.unfinished(run).stream().map(e -> e.write().seq()).toList());
        }
    }

    @Test
    void aSecondProcessIsToldTheJournalIsInUse() throws Exception {
        Process holder = child(workspace.toString(), "hold");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine());
            JournalException e = assertThrows(JournalException.class, () -> Journal.open(workspace));
            assertTrue(e.getMessage().contains("cannot open the journal in " + workspace.resolve("journal")),
                    e.getMessage());
            assertTrue(e.getMessage().contains("another Cutover process"), e.getMessage());
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
