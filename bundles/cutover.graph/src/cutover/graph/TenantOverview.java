package cutover.graph;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * What a specialist checks first after connecting: which tenant this is, how many users it has, and its groups
 * with how many users each holds once nested groups are expanded. Only the first {@value #GROUPS_SHOWN} groups are
 * counted: a large tenant has tens of thousands, and the group picker searches them by name.
 *
 * @param tenantId the directory id
 * @param organization the organisation's display name, or null
 * @param users the number of users in the tenant
 * @param groups the first groups by name, with their user counts
 * @param moreGroups whether the tenant has more groups than shown
 */
public record TenantOverview(String tenantId, String organization, long users, List<GroupSummary> groups,
        boolean moreGroups) {

    /** A group and the number of users in it and in its nested groups. */
    public record GroupSummary(String id, String displayName, long transitiveUsers) {
    }

    public static final int GROUPS_SHOWN = 100;
    private static final Map<String, String> EVENTUAL = Map.of("ConsistencyLevel", "eventual");

    public TenantOverview {
        groups = List.copyOf(groups);
    }

    /** Reads the overview; a few requests plus one per group shown. Never call from the UI thread. */
    public static TenantOverview read(GraphConnection connection, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the tenant", GROUPS_SHOWN + 3);
        GraphHttp http = new GraphHttp(connection);
        String root = connection.profile().v1();
        JsonObject organization = organization(http, root);
        progress.worked(1);
        long users = count(http.get(root, "/users?$count=true&$top=1&$select=id", EVENTUAL));
        progress.worked(1);
        JsonObject page = http.get(root, "/groups?$select=id,displayName&$top=" + GROUPS_SHOWN, Map.of());
        progress.worked(1);
        List<GroupSummary> groups = new ArrayList<>();
        for (JsonObject group : EntraJson.values(page)) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            String id = EntraJson.text(group, "id");
            long members = count(http.get(root, "/groups/" + id
                    + "/transitiveMembers/microsoft.graph.user?$count=true&$top=1&$select=id", EVENTUAL));
            groups.add(new GroupSummary(id, EntraJson.text(group, "displayName"), members));
            progress.worked(1);
        }
        groups.sort(java.util.Comparator.comparing(GroupSummary::displayName, String.CASE_INSENSITIVE_ORDER));
        return new TenantOverview(EntraJson.text(organization, "id"), EntraJson.text(organization, "displayName"),
                users, groups, page.has("@odata.nextLink"));
    }

    /**
     * The tenant's id, in one small request: whether a tenant answers at the connection's address, and which.
     *
     * @throws GraphException when nothing answers, or it answers as no Graph tenant would
     */
    public static String tenantId(GraphConnection connection) {
        return EntraJson.text(organization(new GraphHttp(connection), connection.profile().v1()), "id");
    }

    private static JsonObject organization(GraphHttp http, String root) {
        List<JsonObject> organizations = EntraJson.values(http.get(root, "/organization?$select=id,displayName",
                Map.of()));
        if (organizations.isEmpty()) {
            throw new GraphException(0, null, "the tenant did not say its id (GET /organization is empty)", null);
        }
        return organizations.get(0);
    }

    private static long count(JsonObject page) {
        if (!page.has("@odata.count")) {
            throw new GraphException(0, null, "Graph did not count the collection (no @odata.count)", null);
        }
        return page.get("@odata.count").getAsLong();
    }
}
