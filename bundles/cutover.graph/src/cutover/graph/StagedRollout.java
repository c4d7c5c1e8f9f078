package cutover.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's Staged Rollout policy for cloud MFA ({@code /policies/featureRolloutPolicies}, feature
 * {@value #FEATURE}): read it with its groups, create it, switch it on and off, add and remove groups, delete it.
 * A tenant has at most one policy per feature. Graph's refusals become {@link GraphException}s carrying Graph's
 * message. Blocks; never call it from the UI thread.
 */
public final class StagedRollout {

    /** The feature whose rollout this manages. */
    public static final String FEATURE = "multiFactorAuthentication";

    private static final String POLICIES = "/policies/featureRolloutPolicies";
    /**
     * {@value #FEATURE} comes after {@code unknownFutureValue} in Graph's evolvable enum: without this header Graph
     * refuses it in requests and shows it as {@code unknownFutureValue} in answers.
     */
    private static final Map<String, String> PREFER = Map.of("Prefer", "include-unknown-enum-members");

    /**
     * A Staged Rollout policy.
     *
     * @param groups the groups it applies to, empty when not read (as in the answer to a create)
     */
    public record RolloutPolicy(String id, String displayName, boolean enabled, List<GroupRef> groups) {

        public RolloutPolicy {
            groups = List.copyOf(groups);
        }
    }

    private final GraphConnection connection;
    private final GraphHttp http;

    public StagedRollout(GraphConnection connection) {
        this.connection = connection;
        this.http = new GraphHttp(connection);
    }

    /** The MFA policy with its groups, or empty when the tenant has none. */
    public Optional<RolloutPolicy> policy() {
        // all of them rather than $filter: one policy per feature makes a handful at most
        for (JsonObject policy : http.all(root(), POLICIES, PREFER, () -> false)) {
            if (FEATURE.equals(EntraJson.text(policy, "feature"))) {
                return Optional.of(read(EntraJson.text(policy, "id")));
            }
        }
        return Optional.empty();
    }

    /** Creates the MFA policy, applied to no group yet; Graph refuses a second one. */
    public RolloutPolicy create(String displayName, boolean enabled) {
        JsonObject body = new JsonObject();
        body.addProperty("displayName", displayName);
        body.addProperty("description", "Created by Cutover");
        body.addProperty("feature", FEATURE);
        body.addProperty("isEnabled", enabled);
        body.addProperty("isAppliedToOrganization", false);
        return policyOf(http.send("POST", root(), POLICIES, body, PREFER));
    }

    /** Switches the policy on or off, and answers it as read back. */
    public RolloutPolicy setEnabled(String policyId, boolean enabled) {
        JsonObject body = new JsonObject();
        body.addProperty("isEnabled", enabled);
        http.send("PATCH", root(), POLICIES + "/" + policyId, body, PREFER);
        return read(policyId);
    }

    /** Applies the policy to one more group; Graph refuses a group already there, and more than ten. */
    public void addGroup(String policyId, String groupId) {
        JsonObject body = new JsonObject();
        body.addProperty("@odata.id", root() + "/directoryObjects/" + groupId);
        http.send("POST", root(), POLICIES + "/" + policyId + "/appliesTo/$ref", body, PREFER);
    }

    /** Takes a group out of the policy; Graph answers 404 when it is not in it. */
    public void removeGroup(String policyId, String groupId) {
        http.send("DELETE", root(), POLICIES + "/" + policyId + "/appliesTo/" + groupId + "/$ref", null, PREFER);
    }

    /** Deletes the policy: its users go back to the federated identity provider's MFA. */
    public void delete(String policyId) {
        http.send("DELETE", root(), POLICIES + "/" + policyId, null, PREFER);
    }

    /** The policy as JSON, for the journal's snapshot before and after a change; {@code null} for no policy. */
    public static String snapshot(RolloutPolicy policy) {
        if (policy == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        json.addProperty("id", policy.id());
        json.addProperty("displayName", policy.displayName());
        json.addProperty("feature", FEATURE);
        json.addProperty("isEnabled", policy.enabled());
        com.google.gson.JsonArray groups = new com.google.gson.JsonArray();
        for (GroupRef group : policy.groups()) {
            JsonObject ref = new JsonObject();
            ref.addProperty("id", group.id());
            ref.addProperty("displayName", group.displayName());
            groups.add(ref);
        }
        json.add("appliesTo", groups);
        return json.toString();
    }

    private RolloutPolicy read(String policyId) {
        return policyOf(http.get(root(), POLICIES + "/" + policyId + "?$expand=appliesTo", PREFER));
    }

    private static RolloutPolicy policyOf(JsonObject json) {
        List<GroupRef> groups = new ArrayList<>();
        JsonElement appliesTo = json.get("appliesTo");
        if (appliesTo != null && appliesTo.isJsonArray()) {
            for (JsonElement element : appliesTo.getAsJsonArray()) {
                JsonObject group = element.getAsJsonObject();
                groups.add(new GroupRef(EntraJson.text(group, "id"), EntraJson.text(group, "displayName")));
            }
        }
        JsonElement enabled = json.get("isEnabled");
        return new RolloutPolicy(EntraJson.text(json, "id"), EntraJson.text(json, "displayName"),
                enabled != null && !enabled.isJsonNull() && enabled.getAsBoolean(), groups);
    }

    private String root() {
        return connection.profile().v1();
    }
}
