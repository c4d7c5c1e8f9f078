package cutover.migration.audit;

import cutover.core.audit.AuditLog;
import cutover.core.audit.AuditRecord;
import cutover.core.audit.AuditRecords;
import cutover.store.AuditArchive;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.RunInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads the workspace's audit archive (Entra ID's events) and journal (our own writes) into one {@link AuditLog}.
 * Each store is opened for the read only, so a migration run or a sync round waits seconds at most. Never call
 * from the UI thread.
 */
public final class AuditLogLoader {

    private static final Duration JOURNAL_PATIENCE = Duration.ofSeconds(30);

    private AuditLogLoader() {
    }

    /** @throws OperationCanceledException when cancelled */
    public static AuditLog load(Path workspace, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the audit archive and the journal", 2);
        AuditLog.Builder builder = AuditLog.builder();
        progress.subTask("Entra ID's events in the archive");
        if (Files.isDirectory(workspace.resolve(AuditArchive.FOLDER))) {
            try (AuditArchive archive = AuditArchive.open(workspace)) {
                archive.forEach(event -> builder.add(AuditRecords.of(event)), progress::isCanceled);
            }
        }
        checkCancelled(progress);
        progress.worked(1);
        progress.subTask("Our journal's writes");
        if (Files.isDirectory(workspace.resolve(Journal.FOLDER))) {
            try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
                for (RunInfo run : journal.runs()) {
                    checkCancelled(progress);
                    addRun(builder, run, journal.entries(run.id()));
                }
            }
        }
        progress.worked(1);
        AuditLog log = builder.build();
        log.warmUp(); // the first sort by a text column would otherwise take half a second
        return log;
    }

    private static void addRun(AuditLog.Builder builder, RunInfo run, List<JournalEntry> entries) {
        for (JournalEntry entry : entries) {
            AuditRecord row = JournalAuditRecords.of(run, entry);
            if (row != null) {
                builder.add(row);
            }
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
