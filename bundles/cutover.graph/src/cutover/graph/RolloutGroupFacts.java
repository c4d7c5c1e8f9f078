package cutover.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * What Staged Rollout's preflight needs to know about a candidate group, from its direct members: Staged Rollout
 * ignores nested groups and refuses dynamic ones, and moves only users who sign in through the federated domain, so
 * cloud-only users in the group gain nothing from it. Blocks; run it in a job.
 */
public final class RolloutGroupFacts {

    private static final String USER = "#microsoft.graph.user";
    private static final String GROUP = "#microsoft.graph.group";
    private static final String CONTACT = "#microsoft.graph.orgContact";

    /**
     * A group's make-up.
     *
     * @param dynamic whether its {@code groupTypes} contain {@code DynamicMembership}
     * @param nestedGroups direct members that are groups
     * @param contacts direct members that are organisational contacts
     * @param userUpns the user principal names of the direct members that are users
     * @param cloudOnlyUpns those of them whose {@code onPremisesSyncEnabled} is not true
     */
    public record GroupFacts(String id, String displayName, boolean dynamic, int nestedGroups, int contacts,
            List<String> userUpns, List<String> cloudOnlyUpns) {

        public GroupFacts {
            userUpns = List.copyOf(userUpns);
            cloudOnlyUpns = List.copyOf(cloudOnlyUpns);
        }

        public int users() {
            return userUpns.size();
        }
    }

    private final GraphConnection connection;
    private final GraphHttp http;

    public RolloutGroupFacts(GraphConnection connection) {
        this.connection = connection;
        this.http = new GraphHttp(connection);
    }

    /**
     * Reads the group and its direct members, 999 per page.
     *
     * @throws GraphException when Graph refuses, for example 404 for an unknown group
     * @throws OperationCanceledException when the monitor is canceled between pages
     */
    public GroupFacts read(String groupId, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the group " + groupId, 2);
        String root = connection.profile().v1();
        JsonObject group = http.get(root, "/groups/" + groupId + "?$select=id,displayName,groupTypes", Map.of());
        progress.worked(1);
        List<JsonObject> members = http.all(root, "/groups/" + groupId
                + "/members?$select=id,userPrincipalName,onPremisesSyncEnabled&$top=999", Map.of(),
                progress::isCanceled);
        progress.worked(1);
        return tally(EntraJson.text(group, "id"), EntraJson.text(group, "displayName"), dynamic(group), members);
    }

    /** The facts from the group's direct members, as Graph lists them. */
    static GroupFacts tally(String id, String displayName, boolean dynamic, List<JsonObject> members) {
        int groups = 0;
        int contacts = 0;
        List<String> users = new ArrayList<>();
        List<String> cloudOnly = new ArrayList<>();
        for (JsonObject member : members) {
            String type = EntraJson.text(member, "@odata.type");
            if (GROUP.equals(type)) {
                groups++;
            } else if (CONTACT.equals(type)) {
                contacts++;
            } else if (USER.equals(type)) {
                String upn = EntraJson.text(member, "userPrincipalName");
                users.add(upn);
                JsonElement synced = member.get("onPremisesSyncEnabled");
                if (synced == null || synced.isJsonNull() || !synced.getAsBoolean()) {
                    cloudOnly.add(upn);
                }
            }
        }
        return new GroupFacts(id, displayName, dynamic, groups, contacts, users, cloudOnly);
    }

    private static boolean dynamic(JsonObject group) {
        JsonElement types = group.get("groupTypes");
        if (types == null || !types.isJsonArray()) {
            return false;
        }
        for (JsonElement type : types.getAsJsonArray()) {
            if (!type.isJsonNull() && "DynamicMembership".equalsIgnoreCase(type.getAsString())) {
                return true;
            }
        }
        return false;
    }
}
