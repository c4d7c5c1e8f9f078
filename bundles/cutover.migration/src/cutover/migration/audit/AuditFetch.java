package cutover.migration.audit;

import cutover.core.audit.AuditEvent;
import cutover.graph.DirectoryAuditReader;
import cutover.graph.GraphConnection;
import cutover.store.AuditArchive;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Fetches migration activity from Entra ID's directory audits into the workspace's {@link AuditArchive}: from the
 * time asked for, else from where the last complete fetch ended (less an overlap, since Entra ID lists some events
 * minutes late), else from {@link #FIRST_FETCH} ago. The cursor moves only when every event of the fetch is stored,
 * so a cancelled or failed fetch is simply done again. Never call from the UI thread.
 */
public final class AuditFetch {

    /** How far back a first fetch reaches: the longest Entra ID keeps directory audits (with Entra ID P1 or P2). */
    public static final Duration FIRST_FETCH = Duration.ofDays(30);

    /**
     * What a fetch did.
     *
     * @param from the earliest activity time asked for
     * @param to the latest activity time asked for
     * @param read how many events Graph returned
     * @param added how many of them the archive did not hold yet
     * @param archived how many events the archive holds now
     */
    public record Result(Instant from, Instant to, int read, int added, long archived) {
    }

    private final DirectoryAuditReader reader;
    private final Path workspace;
    private final Clock clock;

    public AuditFetch(DirectoryAuditReader reader, Path workspace, Clock clock) {
        this.reader = reader;
        this.workspace = workspace;
        this.clock = clock;
    }

    public AuditFetch(GraphConnection connection, Path workspace) {
        this(new DirectoryAuditReader(connection), workspace, Clock.systemUTC());
    }

    /**
     * Fetches and stores.
     *
     * @param since the earliest activity time to fetch, or null to continue from the last complete fetch
     * @param cutoverAppId the application id Cutover signs in as, whose own writes Entra ID also audits; null leaves
     *            them out
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; what was read is not stored
     * @throws cutover.graph.GraphException when Graph refuses, for example without {@code AuditLog.Read.All}
     * @throws cutover.store.JournalException when the archive cannot be opened (another Cutover process holds it)
     */
    public Result run(Instant since, String cutoverAppId, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Fetching the audit log", 10);
        Instant to = clock.instant();
        try (AuditArchive archive = AuditArchive.open(workspace)) {
            Instant from = since != null ? since
                    : archive.nextFetchStart(AuditArchive.DEFAULT_OVERLAP).orElse(to.minus(FIRST_FETCH));
            List<AuditEvent> events = reader.read(from, to, DirectoryAuditReader.migrationActivity(cutoverAppId),
                    progress.split(9));
            progress.subTask("Storing " + events.size() + " events");
            int added = archive.add(events);
            // the end of the range asked for, not the newest event: a quiet tenant must not be read again from
            // 30 days back at every fetch
            archive.recordFetched(to);
            progress.worked(1);
            return new Result(from, to, events.size(), added, archive.size());
        }
    }
}
