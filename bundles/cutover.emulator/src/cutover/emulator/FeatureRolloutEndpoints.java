package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Staged Rollout: {@code /policies/featureRolloutPolicies} (list, create), {@code …/{id}} (get, update, delete) and
 * the groups a policy applies to ({@code …/{id}/appliesTo}, {@code …/appliesTo/$ref},
 * {@code …/appliesTo/{groupId}/$ref}).
 *
 * <p>{@code feature} is an evolvable enum: members after {@code unknownFutureValue} (certificate-based
 * authentication and MFA) are only accepted, and only shown as themselves, when the caller sends
 * {@code Prefer: include-unknown-enum-members}; otherwise answers show {@code unknownFutureValue}. Limits as in
 * Entra ID: one policy per feature, only groups, each once, at most {@value #MAX_GROUPS} per policy.
 */
final class FeatureRolloutEndpoints {

    static final List<String> FEATURES = List.of("passthroughAuthentication", "seamlessSso", "passwordHashSync",
            "emailAsAlternateId", "unknownFutureValue", "certificateBasedAuthentication", "multiFactorAuthentication");
    static final int MAX_GROUPS = 10;

    private static final String UNKNOWN_FUTURE_VALUE = "unknownFutureValue";
    private static final String INCLUDE_UNKNOWN = "include-unknown-enum-members";
    private static final String POLICIES = "/policies/featureRolloutPolicies";
    private static final List<String> WRITABLE = List.of("displayName", "description", "feature", "isEnabled",
            "isAppliedToOrganization");
    private static final Pattern GROUP_REFERENCE = Pattern.compile("/(directoryObjects|groups)/([^/?#]+)$",
            Pattern.CASE_INSENSITIVE);

    private final LocalTenant tenant;

    FeatureRolloutEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get(POLICIES, Routes.BOTH, 1, (request, params) -> list(request));
        routes.write("POST", POLICIES, Routes.BOTH, (request, params) -> create(request));
        routes.get(POLICIES + "/{}", Routes.BOTH, 1, (request, params) -> get(request, params.get(0)));
        routes.write("PATCH", POLICIES + "/{}", Routes.BOTH, (request, params) -> update(request, params.get(0)));
        routes.write("DELETE", POLICIES + "/{}", Routes.BOTH, (request, params) -> delete(params.get(0)));
        routes.get(POLICIES + "/{}/appliesTo", Routes.BOTH, 1, (request, params) -> appliesTo(request,
                params.get(0)));
        routes.write("POST", POLICIES + "/{}/appliesTo/$ref", Routes.BOTH,
                (request, params) -> addGroup(request, params.get(0)));
        routes.write("DELETE", POLICIES + "/{}/appliesTo/{}/$ref", Routes.BOTH,
                (request, params) -> removeGroup(params.get(0), params.get(1)));
    }

    private GraphResponse list(GraphRequest request) {
        boolean unknownMembers = includesUnknownMembers(request);
        boolean expand = expandsAppliesTo(request);
        EqualityFilter filter = EqualityFilter.of(request);
        if (filter != null) {
            if (filter.isProperty("feature")) {
                filter.values().forEach(value -> requestedFeature(value, unknownMembers));
            } else if (!filter.isProperty("displayName") && !filter.isProperty("id")) {
                throw GraphException.unsupportedQuery("Unsupported or invalid query filter clause specified for "
                        + "property '" + filter.property() + "' of resource 'featureRolloutPolicy'.");
            }
        }
        return GraphResponse.ok(tenant.read(data -> {
            List<RolloutPolicyState> policies = data.rolloutPolicies().stream()
                    .filter(p -> filter == null || filter.accepts(p.toJson(p.feature))).toList();
            return ODataQuery.page(request, request.context("policies/featureRolloutPolicies"), policies,
                    policy -> view(data, policy, unknownMembers, expand));
        }));
    }

    private GraphResponse get(GraphRequest request, String id) {
        boolean unknownMembers = includesUnknownMembers(request);
        boolean expand = expandsAppliesTo(request);
        return GraphResponse.ok(tenant.read(data -> GraphViews.withContext(
                request.context("policies/featureRolloutPolicies/$entity"),
                view(data, requirePolicy(data, id), unknownMembers, expand))));
    }

    private GraphResponse create(GraphRequest request) {
        JsonObject body = request.jsonBody();
        checkProperties(body);
        String displayName = Json.bodyText(body, "displayName");
        if (displayName == null || displayName.isBlank()) {
            throw GraphException.directoryBadRequest("displayName is required.");
        }
        String featureName = Json.bodyText(body, "feature");
        if (featureName == null) {
            throw GraphException.directoryBadRequest("feature is required.");
        }
        boolean unknownMembers = includesUnknownMembers(request);
        String feature = requestedFeature(featureName, unknownMembers);
        RolloutPolicyState policy = new RolloutPolicyState(UUID.randomUUID().toString(), feature, displayName,
                Json.bodyText(body, "description"), Boolean.TRUE.equals(flag(body, "isEnabled")),
                Boolean.TRUE.equals(flag(body, "isAppliedToOrganization")));
        JsonObject created = tenant.write(data -> {
            for (RolloutPolicyState existing : data.rolloutPolicies()) {
                if (existing.feature.equals(feature)) {
                    throw GraphException.directoryBadRequest("There is already a feature rollout policy for '"
                            + feature + "' (" + existing.id + "); a tenant has one policy per feature.");
                }
            }
            data.addRolloutPolicy(policy);
            List<AuditEntry.Change> changes = new ArrayList<>();
            policy.toJson(feature).entrySet().stream()
                    .filter(e -> !e.getKey().equals("id") && !e.getValue().isJsonNull())
                    .forEach(e -> changes.add(AuditEntries.change(e.getKey(), null, e.getValue())));
            audit(data, AuditActivity.CREATE_ROLLOUT_POLICY, policy, changes, null);
            return view(data, policy, unknownMembers, false);
        });
        return GraphResponse.created(GraphViews.withContext(request.context("policies/featureRolloutPolicies/$entity"),
                created)).header("Location", request.resourceUrl() + "/" + policy.id);
    }

    private GraphResponse update(GraphRequest request, String id) {
        JsonObject body = request.jsonBody();
        checkProperties(body);
        String featureName = Json.bodyText(body, "feature");
        String feature = featureName == null ? null : requestedFeature(featureName, includesUnknownMembers(request));
        String displayName = Json.bodyText(body, "displayName");
        String description = Json.bodyText(body, "description");
        Boolean enabled = flag(body, "isEnabled");
        Boolean appliedToOrganization = flag(body, "isAppliedToOrganization");
        tenant.write(data -> {
            RolloutPolicyState policy = requirePolicy(data, id);
            if (feature != null && !feature.equals(policy.feature)) {
                throw GraphException.directoryBadRequest("The feature of a feature rollout policy cannot change; "
                        + "create a policy for '" + feature + "' instead.");
            }
            JsonObject before = policy.toJson(policy.feature);
            if (displayName != null) {
                policy.displayName = displayName;
            }
            if (body.has("description")) {
                policy.description = description;
            }
            if (enabled != null) {
                policy.isEnabled = enabled;
            }
            if (appliedToOrganization != null) {
                policy.isAppliedToOrganization = appliedToOrganization;
            }
            List<AuditEntry.Change> changes = new ArrayList<>();
            policy.toJson(policy.feature).entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                    .forEach(e -> changes.add(AuditEntries.change(e.getKey(), before.get(e.getKey()), e.getValue())));
            audit(data, AuditActivity.UPDATE_ROLLOUT_POLICY, policy, changes, null);
            return null;
        });
        return GraphResponse.noContent();
    }

    private GraphResponse delete(String id) {
        tenant.write(data -> {
            RolloutPolicyState policy = requirePolicy(data, id);
            data.removeRolloutPolicy(policy);
            audit(data, AuditActivity.DELETE_ROLLOUT_POLICY, policy, List.of(), null);
            return null;
        });
        return GraphResponse.noContent();
    }

    private GraphResponse appliesTo(GraphRequest request, String id) {
        return GraphResponse.ok(tenant.read(data -> ODataQuery.collection(request.context("directoryObjects"),
                groups(data, requirePolicy(data, id)))));
    }

    private GraphResponse addGroup(GraphRequest request, String id) {
        String reference = Json.bodyText(request.jsonBody(), "@odata.id");
        Matcher matcher = reference == null ? null : GROUP_REFERENCE.matcher(reference);
        if (matcher == null || !matcher.find()) {
            throw GraphException.directoryBadRequest("The body must reference the group as {\"@odata.id\":"
                    + "\"https://graph.microsoft.com/v1.0/directoryObjects/{group id}\"}.");
        }
        String groupId = matcher.group(2);
        tenant.write(data -> {
            RolloutPolicyState policy = requirePolicy(data, id);
            GroupState group = data.group(groupId);
            if (group == null) {
                if (data.user(groupId) != null) {
                    throw GraphException.directoryBadRequest("Only groups can be added to a feature rollout policy.");
                }
                throw GraphException.resourceNotFound(groupId);
            }
            if (policy.groupIds.stream().anyMatch(group.id::equalsIgnoreCase)) {
                throw GraphException.directoryBadRequest("One or more added object references already exist for the "
                        + "following modified properties: 'appliesTo'.");
            }
            if (policy.groupIds.size() >= MAX_GROUPS) {
                throw GraphException.directoryBadRequest("A feature rollout policy can apply to at most " + MAX_GROUPS
                        + " groups; remove a group before adding another.");
            }
            policy.groupIds.add(group.id);
            audit(data, AuditActivity.ADD_ROLLOUT_MEMBER, policy, List.of(), group);
            return null;
        });
        return GraphResponse.noContent();
    }

    private GraphResponse removeGroup(String id, String groupId) {
        tenant.write(data -> {
            RolloutPolicyState policy = requirePolicy(data, id);
            String member = policy.groupIds.stream().filter(groupId::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> GraphException.resourceNotFound(groupId));
            policy.groupIds.remove(member);
            audit(data, AuditActivity.REMOVE_ROLLOUT_MEMBER, policy, List.of(), data.group(member));
            return null;
        });
        return GraphResponse.noContent();
    }

    private static RolloutPolicyState requirePolicy(TenantData data, String id) {
        RolloutPolicyState policy = data.rolloutPolicy(id);
        if (policy == null) {
            throw GraphException.resourceNotFound(id);
        }
        return policy;
    }

    private static void audit(TenantData data, AuditActivity activity, RolloutPolicyState policy,
            List<AuditEntry.Change> changes, GroupState group) {
        List<AuditEntry.Target> targets = new ArrayList<>();
        targets.add(AuditEntries.policy(policy, changes));
        if (group != null) {
            targets.add(AuditEntries.group(group));
        }
        AuditEntries.record(data, activity, "", targets, List.of(new AuditEntry.Detail("Feature", policy.feature)));
    }

    private static JsonObject view(TenantData data, RolloutPolicyState policy, boolean unknownMembers,
            boolean expand) {
        JsonObject json = policy.toJson(shownFeature(policy.feature, unknownMembers));
        if (expand) {
            JsonArray groups = new JsonArray();
            groups(data, policy).forEach(groups::add);
            json.add("appliesTo", groups);
        }
        return json;
    }

    private static List<JsonObject> groups(TenantData data, RolloutPolicyState policy) {
        return policy.groupIds.stream().map(data::group).filter(g -> g != null).map(GraphViews::directoryObject)
                .toList();
    }

    private static String shownFeature(String feature, boolean unknownMembers) {
        return unknownMembers || !isEvolvable(feature) ? feature : UNKNOWN_FUTURE_VALUE;
    }

    private static boolean isEvolvable(String feature) {
        return FEATURES.indexOf(feature) > FEATURES.indexOf(UNKNOWN_FUTURE_VALUE);
    }

    /** The feature a caller names; 400 for an unknown name or an evolvable member without the Prefer header. */
    private static String requestedFeature(String name, boolean unknownMembers) {
        if (!FEATURES.contains(name) || name.equals(UNKNOWN_FUTURE_VALUE)) {
            throw GraphException.directoryBadRequest("Invalid value '" + name + "' for feature: use one of "
                    + String.join(", ", FEATURES.stream().filter(f -> !f.equals(UNKNOWN_FUTURE_VALUE)).toList())
                    + ".");
        }
        if (isEvolvable(name) && !unknownMembers) {
            throw GraphException.directoryBadRequest("The feature '" + name + "' is a member of an evolvable enum: "
                    + "send the header 'Prefer: " + INCLUDE_UNKNOWN + "' to use it.");
        }
        return name;
    }

    private static boolean includesUnknownMembers(GraphRequest request) {
        String prefer = request.header("Prefer");
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            if (preference.strip().toLowerCase(Locale.ROOT).equals(INCLUDE_UNKNOWN)) {
                return true;
            }
        }
        return false;
    }

    private static boolean expandsAppliesTo(GraphRequest request) {
        String expand = request.query("$expand");
        if (expand == null) {
            return false;
        }
        if (expand.strip().equalsIgnoreCase("appliesTo")) {
            return true;
        }
        throw GraphException.directoryBadRequest("Invalid $expand '" + expand + "': featureRolloutPolicy can expand "
                + "appliesTo.");
    }

    private static void checkProperties(JsonObject body) {
        for (String name : body.keySet()) {
            if (!WRITABLE.contains(name) && !name.equals("id") && !name.startsWith("@odata.")) {
                throw GraphException.directoryBadRequest("Property '" + name + "' does not exist or cannot be set on "
                        + "type 'microsoft.graph.featureRolloutPolicy'.");
            }
        }
    }

    /** The boolean member, or null when it is missing. */
    private static Boolean flag(JsonObject body, String name) {
        JsonElement value = body.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isBoolean()) {
            throw GraphException.directoryBadRequest(name + " must be true or false.");
        }
        return value.getAsBoolean();
    }
}
