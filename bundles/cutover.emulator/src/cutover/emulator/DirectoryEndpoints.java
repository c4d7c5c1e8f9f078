package cutover.emulator;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Users and groups: {@code /users}, {@code /users/{id|upn}}, {@code /groups}, {@code /groups/{id}},
 * {@code /groups/{id}/members}, {@code /groups/{id}/transitiveMembers} and its {@code microsoft.graph.user} cast.
 *
 * <p>Advanced-query rules as in Graph: the cast, {@code $count=true} and {@code $filter} on membership need
 * {@code ConsistencyLevel: eventual}; user filters on {@code onPremisesSamAccountName}, {@code onPremisesImmutableId},
 * {@code employeeId} and {@code mail} need that header and {@code $count=true}.
 */
final class DirectoryEndpoints {

    private static final Set<String> PLAIN_USER_FILTERS = Set.of("id", "userprincipalname",
            "onpremisessecurityidentifier");
    private static final Set<String> ADVANCED_USER_FILTERS = Set.of("onpremisessamaccountname",
            "onpremisesimmutableid", "employeeid", "mail");

    private final LocalTenant tenant;

    DirectoryEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get("/users", Routes.BOTH, 2, (request, params) -> listUsers(request));
        routes.get("/users/{}", Routes.BOTH, 2, (request, params) -> getUser(request, params.get(0)));
        routes.get("/groups", Routes.BOTH, 1, (request, params) -> listGroups(request));
        routes.get("/groups/{}", Routes.BOTH, 1, (request, params) -> getGroup(request, params.get(0)));
        routes.get("/groups/{}/members", Routes.BOTH, 3,
                (request, params) -> members(request, params.get(0), false, false));
        routes.get("/groups/{}/transitiveMembers", Routes.BOTH, 5,
                (request, params) -> members(request, params.get(0), true, false));
        routes.get("/groups/{}/transitiveMembers/microsoft.graph.user", Routes.BOTH, 5,
                (request, params) -> members(request, params.get(0), true, true));
        // the Graph SDK writes the cast with Graph's short namespace alias, which Graph accepts too
        routes.get("/groups/{}/transitiveMembers/graph.user", Routes.BOTH, 5,
                (request, params) -> members(request, params.get(0), true, true));
    }

    private GraphResponse listUsers(GraphRequest request) {
        EqualityFilter filter = EqualityFilter.of(request);
        if (filter != null) {
            checkUserFilter(request, filter);
        } else if (request.countRequested() && !request.eventualConsistency()) {
            throw needsEventual("$count");
        }
        JsonObject page = tenant.read(data -> {
            List<UserState> users;
            if (filter == null) {
                users = data.users();
            } else if (filter.isProperty("userPrincipalName") || filter.isProperty("id")) {
                users = new ArrayList<>();
                for (String value : filter.values()) {
                    UserState user = data.user(value);
                    if (user != null && filter.accepts(filter.isProperty("id") ? user.id : user.userPrincipalName)
                            && !users.contains(user)) {
                        users.add(user);
                    }
                }
            } else {
                users = data.users().stream().filter(u -> filter.accepts(GraphViews.user(u))).toList();
            }
            return ODataQuery.page(request, request.context("users"), users, GraphViews::user);
        });
        return GraphResponse.ok(page);
    }

    private static void checkUserFilter(GraphRequest request, EqualityFilter filter) {
        String property = filter.property().toLowerCase(Locale.ROOT);
        if (PLAIN_USER_FILTERS.contains(property)) {
            return;
        }
        if (!ADVANCED_USER_FILTERS.contains(property)) {
            throw GraphException.unsupportedQuery("Unsupported or invalid query filter clause specified for property '"
                    + filter.property() + "' of resource 'User'.");
        }
        if (!request.eventualConsistency() || !request.countRequested()) {
            throw GraphException.unsupportedQuery("Filtering users by '" + filter.property() + "' is an advanced "
                    + "query: it needs the header 'ConsistencyLevel: eventual' and '$count=true'.");
        }
    }

    private GraphResponse getUser(GraphRequest request, String idOrUpn) {
        JsonObject user = tenant.read(data -> GraphViews.user(data.requireUser(idOrUpn)));
        return GraphResponse.ok(GraphViews.withContext(request.context("users/$entity"),
                ODataQuery.project(user, ODataQuery.select(request))));
    }

    private GraphResponse listGroups(GraphRequest request) {
        EqualityFilter filter = EqualityFilter.of(request);
        if (filter != null && !filter.isProperty("displayName") && !filter.isProperty("id")) {
            throw GraphException.unsupportedQuery("Unsupported or invalid query filter clause specified for property '"
                    + filter.property() + "' of resource 'Group'.");
        }
        if (request.countRequested() && !request.eventualConsistency()) {
            throw needsEventual("$count");
        }
        JsonObject page = tenant.read(data -> {
            List<GroupState> groups = data.groups().stream()
                    .filter(g -> filter == null || filter.accepts(GraphViews.group(g))).toList();
            return ODataQuery.page(request, request.context("groups"), groups, GraphViews::group);
        });
        return GraphResponse.ok(page);
    }

    private GraphResponse getGroup(GraphRequest request, String id) {
        JsonObject group = tenant.read(data -> GraphViews.group(data.requireGroup(id)));
        return GraphResponse.ok(GraphViews.withContext(request.context("groups/$entity"),
                ODataQuery.project(group, ODataQuery.select(request))));
    }

    private GraphResponse members(GraphRequest request, String groupId, boolean transitive, boolean usersOnly) {
        EqualityFilter filter = EqualityFilter.of(request);
        if (!request.eventualConsistency()) {
            if (usersOnly) {
                throw needsEventual("The type cast 'microsoft.graph.user'");
            }
            if (request.countRequested()) {
                throw needsEventual("$count");
            }
            if (filter != null) {
                throw needsEventual("$filter");
            }
        }
        JsonObject page = tenant.read(data -> {
            GroupState group = data.requireGroup(groupId);
            List<Object> members;
            if (transitive) {
                members = usersOnly ? new ArrayList<>(data.transitiveUsers(group)) : data.transitiveMembers(group);
            } else {
                members = new ArrayList<>();
                group.memberGroupIds.stream().map(data::group).filter(g -> g != null).forEach(members::add);
                group.memberUserIds.stream().map(data::user).filter(u -> u != null).forEach(members::add);
                if (!usersOnly) {
                    members.addAll(group.contacts);
                }
            }
            if (filter != null) {
                members = members.stream().filter(m -> filter.accepts(GraphViews.directoryObject(m))).toList();
            }
            String context = usersOnly ? request.context("users") : request.context("directoryObjects");
            return ODataQuery.page(request, context, members, GraphViews::directoryObject);
        });
        return GraphResponse.ok(page);
    }

    private static GraphException needsEventual(String what) {
        return GraphException.unsupportedQuery(what + " on this resource is an advanced query: it needs the header "
                + "'ConsistencyLevel: eventual'.");
    }
}
