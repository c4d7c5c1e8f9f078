package cutover.importers.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.synthetic.SyntheticTenant;
import cutover.core.tenant.TenantSnapshot;
import java.nio.file.Path;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a large snapshot shows progress and stops on Cancel without handing back a part of the tenant. */
class TenantSnapshotProgressTest {

    private static final int USERS = 20_000;

    @TempDir
    Path dir;

    private Path snapshot() throws Exception {
        Path file = dir.resolve("tenant.jsonl");
        new TenantSnapshotWriter().write(file, new SyntheticTenant(5).snapshot(USERS));
        return file;
    }

    @Test
    void progressIsReportedInBytesUpToTheWholeFile() throws Exception {
        Path file = snapshot();
        RecordingMonitor monitor = new RecordingMonitor(0);
        TenantSnapshot read = new TenantSnapshotReader().read(file, p -> { }, monitor);

        assertEquals(new SyntheticTenant(5).snapshot(USERS).users().size(), read.users().size());
        assertTrue(monitor.totalWork() > 0);
        assertTrue(monitor.worked().size() > 10, "progress is reported as the file is read: " + monitor.worked());
        assertEquals(monitor.totalWork(), monitor.workedSum(), "the whole task is done at the end");
    }

    @Test
    void cancelStopsTheReadAndReturnsNoPartialSnapshot() throws Exception {
        Path file = snapshot();
        RecordingMonitor monitor = new RecordingMonitor(3);
        OperationCanceledException e = assertThrows(OperationCanceledException.class,
                () -> new TenantSnapshotReader().read(file, p -> { }, monitor));

        assertEquals(3, monitor.cancelChecks(), "the read stops at the check that saw Cancel");
        assertTrue(e.getMessage().contains("tenant.jsonl"), e.getMessage());
    }
}
