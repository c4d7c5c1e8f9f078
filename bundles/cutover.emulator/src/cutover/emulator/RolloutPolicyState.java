package cutover.emulator;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * A Staged Rollout policy ({@code featureRolloutPolicy}): one feature, switched on for the groups it applies to.
 * {@code feature} holds Graph's member name even for members after {@code unknownFutureValue}; the endpoints decide
 * what a caller sees. Guarded by the tenant's lock.
 */
final class RolloutPolicyState {

    final String id;
    final String feature;
    String displayName;
    String description;
    boolean isEnabled;
    boolean isAppliedToOrganization;
    final List<String> groupIds = new ArrayList<>();

    RolloutPolicyState(String id, String feature, String displayName, String description, boolean isEnabled,
            boolean isAppliedToOrganization) {
        this.id = id;
        this.feature = feature;
        this.displayName = displayName;
        this.description = description;
        this.isEnabled = isEnabled;
        this.isAppliedToOrganization = isAppliedToOrganization;
    }

    /** Graph's view without {@code appliesTo}, the feature shown as {@code featureName}. */
    JsonObject toJson(String featureName) {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("displayName", displayName);
        json.addProperty("description", description);
        json.addProperty("feature", featureName);
        json.addProperty("isEnabled", isEnabled);
        json.addProperty("isAppliedToOrganization", isAppliedToOrganization);
        return json;
    }

    JsonObject toStateJson() {
        JsonObject json = toJson(feature);
        json.add("appliesTo", Json.strings(groupIds));
        return json;
    }

    static RolloutPolicyState fromStateJson(JsonObject json) {
        RolloutPolicyState policy = new RolloutPolicyState(Json.text(json, "id"), Json.text(json, "feature"),
                Json.text(json, "displayName"), Json.text(json, "description"), json.get("isEnabled").getAsBoolean(),
                json.get("isAppliedToOrganization").getAsBoolean());
        policy.groupIds.addAll(Json.textList(json, "appliesTo"));
        return policy;
    }
}
