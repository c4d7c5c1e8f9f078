package cutover.graph;

import com.google.gson.JsonObject;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.core.tasks.PageIterator;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.TenantSnapshot;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Reads what the planner needs from a tenant: the migration group's users (nested groups expanded, 999 per page),
 * each user's authentication methods and sign-in preference ({@code $batch}, 20 requests at a time), and the
 * authentication methods policy. Blocks; run it in a job.
 */
public final class SnapshotReader {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final String[] USER_FIELDS = {"id", "userPrincipalName", "onPremisesSecurityIdentifier",
        "onPremisesSamAccountName", "onPremisesImmutableId", "onPremisesDistinguishedName", "employeeId", "mail"};
    private static final int CONCURRENCY = 4;

    private final GraphConnection connection;
    private final GraphHttp http;

    public SnapshotReader(GraphConnection connection) {
        this.connection = connection;
        this.http = new GraphHttp(connection);
    }

    /** The groups with this id, or with exactly this display name (several when the name is ambiguous). */
    public List<GroupRef> findGroups(String nameOrId) {
        List<GroupRef> found = new ArrayList<>();
        try {
            if (GUID.matcher(nameOrId).matches()) {
                Group group = connection.client().groups().byGroupId(nameOrId).get(request -> {
                    request.queryParameters.select = new String[] {"id", "displayName"};
                });
                found.add(new GroupRef(group.getId(), group.getDisplayName()));
            } else {
                GroupCollectionResponse groups = connection.client().groups().get(request -> {
                    request.queryParameters.filter = "displayName eq '" + nameOrId.replace("'", "''") + "'";
                    request.queryParameters.select = new String[] {"id", "displayName"};
                });
                for (Group group : groups.getValue()) {
                    found.add(new GroupRef(group.getId(), group.getDisplayName()));
                }
            }
        } catch (com.microsoft.kiota.ApiException e) {
            if (e.getResponseStatusCode() == 404) {
                return List.of();
            }
            throw new GraphException(e.getResponseStatusCode(), null, "cannot find group " + nameOrId + ": "
                    + e.getMessage(), e);
        }
        return found;
    }

    /**
     * The one group with this id or display name.
     *
     * @throws IllegalArgumentException when there is none, or several share the name (their ids are listed)
     */
    public GroupRef findOneGroup(String nameOrId) {
        List<GroupRef> groups = findGroups(nameOrId);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("there is no group \"" + nameOrId + "\" in the tenant");
        }
        if (groups.size() > 1) {
            throw new IllegalArgumentException(groups.size() + " groups are named \"" + nameOrId + "\"; give the "
                    + "group's id: " + String.join(", ", groups.stream().map(GroupRef::id).toList()));
        }
        return groups.get(0);
    }

    /** The tenant's directory id. */
    public String tenantId() {
        List<JsonObject> organizations = EntraJson.values(http.get(connection.profile().v1(),
                "/organization?$select=id", Map.of()));
        if (organizations.isEmpty()) {
            throw new GraphException(0, null, "the tenant did not say its id (GET /organization is empty)", null);
        }
        return EntraJson.text(organizations.get(0), "id");
    }

    /** Reads the whole snapshot of the group's users. */
    public TenantSnapshot read(GroupRef group, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + group.displayName(), 100);
        String tenantId = tenantId();
        List<EntraUser> members = memberIdentities(group, progress.split(20));
        List<EntraUser> users = withMethods(members, progress.split(75));
        AuthenticationMethodsPolicy policy = policy();
        progress.worked(5);
        return new TenantSnapshot(tenantId, Instant.now(), policy, users);
    }

    /** The tenant's authentication methods policy. */
    public AuthenticationMethodsPolicy policy() {
        return EntraJson.policy(http.get(connection.profile().v1(), "/policies/authenticationMethodsPolicy", Map.of()));
    }

    /**
     * The group's users with their directory attributes only (no methods: {@link #withMethods} reads those), so a
     * large group can be listed before its methods are read.
     */
    public List<EntraUser> memberIdentities(GroupRef group, IProgressMonitor monitor) {
        List<User> members = members(group, monitor);
        List<EntraUser> users = new ArrayList<>(members.size());
        for (User member : members) {
            users.add(identityOf(member).build());
        }
        return users;
    }

    private static EntraUser.Builder identityOf(User member) {
        return EntraUser.builder(member.getId(), member.getUserPrincipalName())
                .onPremisesSecurityIdentifier(member.getOnPremisesSecurityIdentifier())
                .onPremisesSamAccountName(member.getOnPremisesSamAccountName())
                .onPremisesImmutableId(member.getOnPremisesImmutableId())
                .onPremisesDistinguishedName(member.getOnPremisesDistinguishedName())
                .employeeId(member.getEmployeeId()).mail(member.getMail());
    }

    /** Every user in the group or its nested groups, once. */
    public List<User> members(GroupRef group, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the members of " + group.displayName(), 1000);
        List<User> users = new ArrayList<>();
        try {
            UserCollectionResponse first = connection.client().groups().byGroupId(group.id()).transitiveMembers()
                    .graphUser().get(request -> {
                        request.queryParameters.top = 999;
                        request.queryParameters.select = USER_FIELDS;
                        request.queryParameters.count = true;
                        request.headers.add("ConsistencyLevel", "eventual");
                    });
            PageIterator<User, UserCollectionResponse> pages = new PageIterator.Builder<User, UserCollectionResponse>()
                    .client(connection.client()).collectionPage(first)
                    .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
                    .requestConfigurator(request -> {
                        request.headers.add("ConsistencyLevel", "eventual");
                        return request;
                    })
                    .processPageItemCallback(user -> {
                        users.add(user);
                        if (users.size() % 999 == 0) {
                            progress.setWorkRemaining(1000).worked(1);
                        }
                        return !progress.isCanceled();
                    }).build();
            pages.iterate();
        } catch (ReflectiveOperationException e) {
            throw new GraphException(0, null, "cannot page through the members: " + e.getMessage(), e);
        } catch (com.microsoft.kiota.ApiException e) {
            throw new GraphException(e.getResponseStatusCode(), null, "cannot read the members of "
                    + group.displayName() + ": " + e.getMessage(), e);
        }
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        return users;
    }

    /**
     * The same users with their authentication methods and sign-in preference, read in {@code $batch}es; five
     * requests per user.
     */
    public List<EntraUser> withMethods(List<EntraUser> members, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading authentication methods", members.size() * 2);
        Map<String, JsonObject> answers = new ConcurrentHashMap<>();
        List<BatchExecutor.Unit> v1 = new ArrayList<>();
        List<BatchExecutor.Unit> beta = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String id = members.get(i).objectId();
            String base = "/users/" + id + "/authentication/";
            v1.add(new BatchExecutor.Unit(id, List.of(
                    new BatchPart(i + "p", "GET", base + "phoneMethods", null, null),
                    new BatchPart(i + "a", "GET", base + "microsoftAuthenticatorMethods", null, null),
                    new BatchPart(i + "s", "GET", base + "softwareOathMethods", null, null)), 0));
            beta.add(new BatchExecutor.Unit(id, List.of(
                    new BatchPart(i + "h", "GET", base + "hardwareOathMethods", null, null),
                    new BatchPart(i + "d", "GET", base + "signInPreferences", null, null)), 0));
        }
        BatchExecutor.Handler handler = new BatchExecutor.Handler() {
            @Override
            public void answered(BatchExecutor.Unit unit, BatchPart part, PartResult result) {
                if (!result.succeeded()) {
                    throw new GraphException(result.status(), null, "cannot read " + part.path() + ": "
                            + result.error(), null);
                }
                answers.put(part.id(), result.body() == null ? new JsonObject() : result.body());
                if (part.id().endsWith("p") || part.id().endsWith("h")) {
                    synchronized (progress) {
                        progress.worked(1);
                    }
                }
            }

            @Override
            public boolean noAnswer(List<BatchExecutor.Unit> units, IOException e) {
                return true; // reading again is harmless
            }
        };
        new BatchExecutor(http, connection.profile().v1(), CONCURRENCY, null, progress::isCanceled).run(v1, handler);
        new BatchExecutor(http, connection.profile().beta(), CONCURRENCY, null, progress::isCanceled).run(beta,
                handler);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        List<EntraUser> users = new ArrayList<>(members.size());
        for (int i = 0; i < members.size(); i++) {
            EntraUser member = members.get(i);
            JsonObject preferences = answers.get(i + "d");
            users.add(EntraUser.builder(member.objectId(), member.userPrincipalName())
                    .onPremisesSecurityIdentifier(member.onPremisesSecurityIdentifier())
                    .onPremisesSamAccountName(member.onPremisesSamAccountName())
                    .onPremisesImmutableId(member.onPremisesImmutableId())
                    .onPremisesDistinguishedName(member.onPremisesDistinguishedName())
                    .employeeId(member.employeeId()).mail(member.mail())
                    .phones(EntraJson.phones(answers.get(i + "p")))
                    .authenticatorDevices(EntraJson.authenticator(answers.get(i + "a")))
                    .softwareOath(EntraJson.softwareOath(answers.get(i + "s")))
                    .hardwareOath(EntraJson.hardwareOath(answers.get(i + "h")))
                    .defaultMethod(EntraJson.defaultMethod(preferences))
                    .systemPreferredEnabled(EntraJson.systemPreferred(preferences)).build());
        }
        return users;
    }
}
