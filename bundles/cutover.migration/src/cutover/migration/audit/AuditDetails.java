package cutover.migration.audit;

import cutover.core.audit.AuditEvent;
import cutover.core.audit.AuditLog;
import cutover.core.audit.AuditOrigin;
import cutover.core.audit.AuditRecord;
import cutover.core.audit.MethodCode;
import cutover.core.audit.PropertyChange;
import cutover.core.audit.StrongAuthenticationDecoder;
import cutover.store.AuditArchive;
import cutover.store.Journal;
import cutover.store.JournalEntry;
import cutover.store.JournalWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything known about one row of the audit view, as labelled lines: for an Entra ID event every modified
 * property decoded and its raw values, from the archive; for a journal write the request, its state and the request
 * that undoes it, from the journal. A row neither store holds any more shows what the row itself says. Reads the
 * stores, so never call from the UI thread.
 */
public final class AuditDetails {

    private static final int RAW_LIMIT = 2_000;
    private static final Duration JOURNAL_PATIENCE = Duration.ofSeconds(10);

    /** A label and its value; a null label continues the previous line's value. */
    public record Line(String label, String value) {
    }

    private AuditDetails() {
    }

    public static List<Line> of(Path workspace, AuditLog log, int row) throws InterruptedException {
        AuditRecord record = log.record(row);
        List<Line> lines = new ArrayList<>();
        // what the table does not show comes first: the decoded change, then the row's own fields
        boolean found = record.origin() == AuditOrigin.ENTRA ? entraEvent(workspace, record.key(), lines)
                : journalWrite(workspace, record.key(), lines);
        if (!found) {
            lines.add(new Line("Changes", record.summary()));
            lines.add(new Line("Note", "the workspace's archive and journal hold no more about this row"));
        }
        lines.add(new Line("Source", record.origin().label));
        lines.add(new Line("Time", record.time().toString()));
        lines.add(new Line("Activity", record.activity()));
        lines.add(new Line("Initiated by", record.initiator()));
        lines.add(new Line("User", (record.userPrincipalName() == null ? "none" : record.userPrincipalName())
                + (record.userId() == null ? "" : " (" + record.userId() + ")")));
        lines.add(new Line("Result", record.result()));
        lines.add(new Line("Methods", MethodCode.namesOf(record.methods())));
        return lines;
    }

    private static boolean entraEvent(Path workspace, String id, List<Line> lines) {
        if (!Files.isDirectory(workspace.resolve(AuditArchive.FOLDER))) {
            return false;
        }
        Optional<AuditEvent> stored;
        try (AuditArchive archive = AuditArchive.open(workspace)) {
            stored = archive.event(id);
        }
        if (stored.isEmpty()) {
            return false;
        }
        AuditEvent event = stored.get();
        for (PropertyChange change : event.changes()) {
            List<String> decoded = StrongAuthenticationDecoder.decode(change);
            lines.add(new Line(change.displayName(), decoded.isEmpty() ? "no readable difference" : decoded.get(0)));
            decoded.stream().skip(1).forEach(more -> lines.add(new Line(null, more)));
            if (StrongAuthenticationDecoder.decodes(change)) {
                lines.add(new Line(null, "old: " + raw(change.oldValue())));
                lines.add(new Line(null, "new: " + raw(change.newValue())));
            }
        }
        lines.add(new Line("Event id", event.id()));
        lines.add(new Line("Category", event.category() + " · logged by " + event.loggedByService()));
        AuditEvent.Initiator by = event.initiator();
        if (by.appId() != null) {
            lines.add(new Line("App id", by.appId()));
        }
        if (by.userId() != null) {
            lines.add(new Line("Initiating user id", by.userId()));
        }
        return true;
    }

    private static String raw(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.length() <= RAW_LIMIT ? value : value.substring(0, RAW_LIMIT) + "… (" + value.length() + " characters)";
    }

    private static boolean journalWrite(Path workspace, String key, List<Line> lines) throws InterruptedException {
        long[] runAndSeq = JournalAuditRecords.parseKey(key);
        if (runAndSeq == null || !Files.isDirectory(workspace.resolve(Journal.FOLDER))) {
            return false;
        }
        JournalEntry entry;
        try (Journal journal = Journal.openWaiting(workspace, JOURNAL_PATIENCE)) {
            entry = journal.entry(runAndSeq[0], (int) runAndSeq[1]);
        }
        if (entry == null) {
            return false;
        }
        JournalWrite write = entry.write();
        lines.add(new Line("Run", runAndSeq[0] + ", write " + write.seq()));
        lines.add(new Line("Request", write.httpMethod() + " " + write.path()));
        if (write.body() != null) {
            lines.add(new Line("Body", write.body()));
        }
        lines.add(new Line("Rule", write.rule()));
        lines.add(new Line("State", entry.state() + " after " + entry.attempts() + " attempt(s)"));
        if (entry.resultId() != null) {
            lines.add(new Line("Created", entry.resultId()));
        }
        if (entry.error() != null) {
            lines.add(new Line("Error", entry.error()));
        }
        lines.add(new Line("Undo", write.undo() == null ? "cannot be undone"
                : write.undo().httpMethod() + " " + write.undo().path()));
        return true;
    }
}
