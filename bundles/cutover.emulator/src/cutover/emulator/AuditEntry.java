package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the directory audit log, with Graph's {@code directoryAudit} properties. Immutable. Its JSON is
 * Graph's, and the state file keeps entries in the same shape.
 */
record AuditEntry(String id, String category, String correlationId, String result, String resultReason,
        String activityDisplayName, Instant activityDateTime, String loggedByService, String operationType,
        Initiator initiatedBy, List<Target> targetResources, List<Detail> additionalDetails) {

    AuditEntry {
        targetResources = List.copyOf(targetResources);
        additionalDetails = List.copyOf(additionalDetails);
    }

    /** An app that made a change ({@code appIdentity}). */
    record App(String displayName, String appId, String servicePrincipalId, String servicePrincipalName) {
    }

    /** A user who made a change ({@code userIdentity}). */
    record User(String id, String displayName, String userPrincipalName) {
    }

    /** Who made the change: an app or a user, the other one is null. */
    record Initiator(App app, User user) {

        static Initiator of(App app) {
            return new Initiator(app, null);
        }

        static Initiator of(User user) {
            return new Initiator(null, user);
        }
    }

    /** A changed property; old and new values are JSON text, as Graph gives them. */
    record Change(String displayName, String oldValue, String newValue) {
    }

    record Target(String id, String displayName, String type, String userPrincipalName, List<Change> changes) {

        Target {
            changes = List.copyOf(changes);
        }
    }

    record Detail(String key, String value) {
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("category", category);
        json.addProperty("correlationId", correlationId);
        json.addProperty("result", result);
        json.addProperty("resultReason", resultReason);
        json.addProperty("activityDisplayName", activityDisplayName);
        json.addProperty("activityDateTime", activityDateTime.toString());
        json.addProperty("loggedByService", loggedByService);
        json.addProperty("operationType", operationType);
        JsonObject initiator = new JsonObject();
        initiator.add("app", initiatedBy.app() == null ? JsonNull.INSTANCE : app(initiatedBy.app()));
        initiator.add("user", initiatedBy.user() == null ? JsonNull.INSTANCE : user(initiatedBy.user()));
        json.add("initiatedBy", initiator);
        JsonArray targets = new JsonArray();
        targetResources.forEach(target -> targets.add(target(target)));
        json.add("targetResources", targets);
        JsonArray details = new JsonArray();
        for (Detail detail : additionalDetails) {
            JsonObject item = new JsonObject();
            item.addProperty("key", detail.key());
            item.addProperty("value", detail.value());
            details.add(item);
        }
        json.add("additionalDetails", details);
        return json;
    }

    private static JsonObject app(App app) {
        JsonObject json = new JsonObject();
        json.addProperty("appId", app.appId());
        json.addProperty("displayName", app.displayName());
        json.addProperty("servicePrincipalId", app.servicePrincipalId());
        json.addProperty("servicePrincipalName", app.servicePrincipalName());
        return json;
    }

    private static JsonObject user(User user) {
        JsonObject json = new JsonObject();
        json.addProperty("id", user.id());
        json.addProperty("displayName", user.displayName());
        json.addProperty("userPrincipalName", user.userPrincipalName());
        json.addProperty("ipAddress", (String) null);
        return json;
    }

    private static JsonObject target(Target target) {
        JsonObject json = new JsonObject();
        json.addProperty("id", target.id());
        json.addProperty("displayName", target.displayName());
        json.addProperty("type", target.type());
        json.addProperty("userPrincipalName", target.userPrincipalName());
        json.addProperty("groupType", (String) null);
        JsonArray changes = new JsonArray();
        for (Change change : target.changes()) {
            JsonObject item = new JsonObject();
            item.addProperty("displayName", change.displayName());
            item.addProperty("oldValue", change.oldValue());
            item.addProperty("newValue", change.newValue());
            changes.add(item);
        }
        json.add("modifiedProperties", changes);
        return json;
    }

    static AuditEntry fromJson(JsonObject json) {
        JsonObject initiator = json.getAsJsonObject("initiatedBy");
        JsonObject app = object(initiator, "app");
        JsonObject user = object(initiator, "user");
        Initiator initiatedBy = new Initiator(app == null ? null : new App(Json.text(app, "displayName"),
                Json.text(app, "appId"), Json.text(app, "servicePrincipalId"), Json.text(app, "servicePrincipalName")),
                user == null ? null : new User(Json.text(user, "id"), Json.text(user, "displayName"),
                        Json.text(user, "userPrincipalName")));
        List<Target> targets = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("targetResources")) {
            JsonObject target = element.getAsJsonObject();
            List<Change> changes = new ArrayList<>();
            for (JsonElement change : target.getAsJsonArray("modifiedProperties")) {
                JsonObject item = change.getAsJsonObject();
                changes.add(new Change(Json.text(item, "displayName"), Json.text(item, "oldValue"),
                        Json.text(item, "newValue")));
            }
            targets.add(new Target(Json.text(target, "id"), Json.text(target, "displayName"),
                    Json.text(target, "type"), Json.text(target, "userPrincipalName"), changes));
        }
        List<Detail> details = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("additionalDetails")) {
            JsonObject item = element.getAsJsonObject();
            details.add(new Detail(Json.text(item, "key"), Json.text(item, "value")));
        }
        return new AuditEntry(Json.text(json, "id"), Json.text(json, "category"), Json.text(json, "correlationId"),
                Json.text(json, "result"), Json.text(json, "resultReason"), Json.text(json, "activityDisplayName"),
                Instant.parse(Json.text(json, "activityDateTime")), Json.text(json, "loggedByService"),
                Json.text(json, "operationType"), initiatedBy, targets, details);
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonElement element = json.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsJsonObject();
    }
}
