package cutover.graph;

import com.google.gson.JsonObject;
import cutover.core.audit.AuditEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads migration activity from {@code /auditLogs/directoryAudits}: one filtered query per {@link Source} (Graph's
 * filter on these properties takes {@code eq} only, so several initiators are several queries), each paged through
 * its next links, every request paced by a {@link ReportsPacer} and a 429 retried after its Retry-After. Events
 * that several queries return are returned once. Never call from the UI thread.
 */
public final class DirectoryAuditReader {

    /** The MFA service's first-party app, under its documented name and its newer one. */
    public static final List<String> MFA_APP_NAMES = List.of("Azure MFA Management",
            "Microsoft Entra multifactor authentication Management");
    /** The activities of Staged Rollout (feature rollout policies) that Entra ID audits. */
    public static final List<String> STAGED_ROLLOUT_ACTIVITIES = List.of("Create feature rollout policy",
            "Update feature rollout policy", "Delete feature rollout policy", "Add member to feature rollout policy",
            "Remove member from feature rollout policy");
    public static final int MAX_PAGE_SIZE = 999;

    private static final int MAX_ATTEMPTS = 8;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    /** One query's filter clause besides the time range, with what it reads for progress messages. */
    public record Source(String description, String filterClause) {

        public static Source app(String displayName) {
            return new Source("app " + displayName, "initiatedBy/app/displayName eq " + quoted(displayName));
        }

        public static Source appId(String appId) {
            return new Source("app " + appId, "initiatedBy/app/appId eq " + quoted(appId));
        }

        public static Source activity(String displayName) {
            return new Source(displayName, "activityDisplayName eq " + quoted(displayName));
        }

        private static String quoted(String value) {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    private final GraphConnection connection;
    private final GraphHttp http;
    private final ReportsPacer pacer;
    private final int pageSize;

    /** A reader at Graph's reports limit, with the largest pages Graph gives. */
    public DirectoryAuditReader(GraphConnection connection) {
        this(connection, ReportsPacer.graph(), MAX_PAGE_SIZE);
    }

    public DirectoryAuditReader(GraphConnection connection, ReportsPacer pacer, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        this.connection = connection;
        this.http = new GraphHttp(connection);
        this.pacer = pacer;
        this.pageSize = pageSize;
    }

    /**
     * Migration activity: the MFA app under both names, Cutover's own app (by its application id, or null to
     * leave it out) and Staged Rollout.
     */
    public static List<Source> migrationActivity(String cutoverAppId) {
        List<Source> sources = new ArrayList<>();
        MFA_APP_NAMES.forEach(name -> sources.add(Source.app(name)));
        if (cutoverAppId != null) {
            sources.add(Source.appId(cutoverAppId));
        }
        STAGED_ROLLOUT_ACTIVITIES.forEach(name -> sources.add(Source.activity(name)));
        return sources;
    }

    /**
     * The events of the sources with {@code from <= activityDateTime <= to}, each once, in the order read.
     *
     * @param from the earliest activity time, or null for all Entra ID still keeps
     * @throws OperationCanceledException when the monitor is cancelled
     * @throws GraphException when Graph refuses a request, or still throttles it after several retries
     */
    public List<AuditEvent> read(Instant from, Instant to, List<Source> sources, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the audit log", sources.size());
        Map<String, AuditEvent> events = new LinkedHashMap<>();
        for (Source source : sources) {
            progress.subTask("Audit log: " + source.description());
            String url = connection.profile().v1() + "/auditLogs/directoryAudits?$top=" + pageSize + "&$filter="
                    + URLEncoder.encode(filter(from, to, source), StandardCharsets.UTF_8).replace("+", "%20");
            SubMonitor pages = progress.split(1);
            while (url != null) {
                pages.setWorkRemaining(10);
                JsonObject page = page(url, pages);
                for (JsonObject json : EntraJson.values(page)) {
                    AuditEvent event = AuditEventJson.event(json);
                    events.putIfAbsent(event.id(), event);
                }
                url = EntraJson.text(page, "@odata.nextLink");
                pages.worked(1);
            }
        }
        return new ArrayList<>(events.values());
    }

    private static String filter(Instant from, Instant to, Source source) {
        StringBuilder filter = new StringBuilder();
        if (from != null) {
            filter.append("activityDateTime ge ").append(from).append(" and ");
        }
        if (to != null) {
            filter.append("activityDateTime le ").append(to).append(" and ");
        }
        return filter.append(source.filterClause()).toString();
    }

    private JsonObject page(String url, IProgressMonitor monitor) {
        for (int attempt = 1;; attempt++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            pacer.awaitTurn(monitor);
            GraphHttp.Answer answer = http.getOnce(url);
            if (answer.status() >= 200 && answer.status() < 300 && answer.body() != null) {
                return answer.body();
            }
            boolean retryable = answer.status() == 429 || answer.status() == 503 || answer.status() == 504;
            if (!retryable || attempt == MAX_ATTEMPTS) {
                throw GraphHttp.failure("GET " + url, answer);
            }
            pacer.holdOff(answer.retryAfterSeconds() >= 0 ? Duration.ofSeconds(answer.retryAfterSeconds())
                    : backoff(attempt));
        }
    }

    private static Duration backoff(int attempt) {
        long millis = Math.min(MAX_BACKOFF.toMillis(), 1000L << Math.min(attempt - 1, 10));
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}
