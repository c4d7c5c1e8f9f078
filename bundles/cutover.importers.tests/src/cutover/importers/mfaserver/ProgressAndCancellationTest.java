package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.synthetic.SyntheticMfaServerUsers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProgressAndCancellationTest {

    private static final int USERS = 20_000;

    @TempDir
    Path dir;

    /** Big synthetic lines push the file over the size where decoding runs on worker threads. */
    private Path bigFile(ExportEncoding encoding) throws IOException {
        Path file = dir.resolve("big" + encoding.fileExtension());
        new MfaServerExportWriter(encoding).write(file, new SyntheticMfaServerUsers(3).users(USERS));
        return file;
    }

    /** Short lines keep the file small, so it is decoded on the calling thread. */
    private Path smallFile(ExportEncoding encoding) throws IOException {
        Path file = dir.resolve("small" + encoding.fileExtension());
        new MfaServerExportWriter(encoding).write(file, IntStream.range(0, USERS).mapToObj(Fixtures::user));
        return file;
    }

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void progressIsReportedInStepsUpToTheWholeFile(ExportEncoding encoding) throws IOException {
        for (Path file : List.of(bigFile(encoding), smallFile(encoding))) {
            RecordingMonitor monitor = new RecordingMonitor(0);

            ImportSummary summary = Fixtures.read(file, monitor).summary();

            assertEquals(USERS, summary.usersAccepted());
            assertTrue(monitor.totalWork() > 0, "a task was begun");
            assertEquals(monitor.totalWork(), monitor.workedSum(), "all work is reported by the end");
            assertTrue(monitor.worked().size() >= 5, "progress comes in steps: " + monitor.worked());
            assertTrue(monitor.cancelChecks() >= USERS / 4096, "cancellation is checked every few thousand lines");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void cancellingStopsEarlyAndReportsIt(ExportEncoding encoding) throws IOException {
        for (Path file : List.of(bigFile(encoding), smallFile(encoding))) {
            Fixtures.Result result = Fixtures.read(file, new RecordingMonitor(2));

            assertTrue(result.summary().cancelled(), file.toString());
            assertTrue(result.summary().usersAccepted() > 0, "the first batch was delivered");
            assertTrue(result.summary().usersAccepted() <= 4_096, "reading stopped within a few thousand lines");
            assertEquals(result.summary().usersAccepted(), result.users().size());
            assertTrue(result.summary().linesRead() < USERS, "the rest of the file was not read");
            int headerLines = encoding == ExportEncoding.CSV ? 2 : 1;
            assertEquals(result.summary().linesRead(), headerLines + result.summary().usersAccepted(),
                    "lines read are the header and the delivered users");
        }
    }

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void cancelledBeforeTheStartReadsNoUsers(ExportEncoding encoding) throws IOException {
        RecordingMonitor monitor = new RecordingMonitor(0);
        monitor.setCanceled(true);

        Fixtures.Result result = Fixtures.read(bigFile(encoding), monitor);

        assertTrue(result.summary().cancelled());
        assertEquals(0, result.summary().usersAccepted());
        assertEquals(encoding == ExportEncoding.CSV ? 2 : 1, result.summary().linesRead());
        assertEquals(List.of(), result.users());
    }

    @ParameterizedTest
    @EnumSource(ExportEncoding.class)
    void aNullMonitorIsAllowed(ExportEncoding encoding) throws IOException {
        List<Object> users = new java.util.ArrayList<>();

        ImportSummary summary = new MfaServerExportReader().read(smallFile(encoding), users::add, p -> { }, null);

        assertFalse(summary.cancelled());
        assertEquals(USERS, users.size());
        assertTrue(summary.elapsed().toNanos() > 0);
    }
}
