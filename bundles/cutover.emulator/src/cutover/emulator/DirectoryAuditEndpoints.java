package cutover.emulator;

import com.google.gson.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * {@code GET /auditLogs/directoryAudits} and {@code …/{id}}: the tenant's audit log, newest first unless
 * {@code $orderby=activityDateTime asc}; {@code $filter} as {@link AuditFilter} reads it, paged like every other
 * collection. These are Graph reports, so they draw on the reports limit (see {@link EmulatorOptions}).
 */
final class DirectoryAuditEndpoints {

    private static final Comparator<AuditEntry> OLDEST_FIRST = Comparator.comparing(AuditEntry::activityDateTime);

    private final LocalTenant tenant;

    DirectoryAuditEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.report("/auditLogs/directoryAudits", Routes.BOTH, 1, (request, params) -> list(request));
        routes.report("/auditLogs/directoryAudits/{}", Routes.BOTH, 1, (request, params) -> get(request,
                params.get(0)));
    }

    private GraphResponse list(GraphRequest request) {
        Predicate<AuditEntry> filter = AuditFilter.of(request);
        Comparator<AuditEntry> order = order(request.query("$orderby"));
        JsonObject page = tenant.read(data -> {
            List<AuditEntry> entries = data.audits.entries().stream().filter(filter).sorted(order).toList();
            return ODataQuery.page(request, request.context("auditLogs/directoryAudits"), entries,
                    AuditEntry::toJson);
        });
        return GraphResponse.ok(page);
    }

    private GraphResponse get(GraphRequest request, String id) {
        JsonObject entry = tenant.read(data -> data.audits.entries().stream().filter(e -> e.id().equals(id))
                .findFirst().map(AuditEntry::toJson).orElse(null));
        if (entry == null) {
            throw GraphException.resourceNotFound(id);
        }
        return GraphResponse.ok(GraphViews.withContext(request.context("auditLogs/directoryAudits/$entity"),
                ODataQuery.project(entry, ODataQuery.select(request))));
    }

    private static Comparator<AuditEntry> order(String orderBy) {
        if (orderBy == null) {
            return OLDEST_FIRST.reversed();
        }
        String[] words = orderBy.strip().split("\\s+");
        if (words[0].equalsIgnoreCase("activityDateTime") && words.length <= 2) {
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (direction.equals("asc")) {
                return OLDEST_FIRST;
            }
            if (direction.equals("desc")) {
                return OLDEST_FIRST.reversed();
            }
        }
        throw GraphException.unsupportedQuery("Unsupported $orderby '" + orderBy + "': directoryAudits can be "
                + "ordered by activityDateTime asc or desc.");
    }
}
