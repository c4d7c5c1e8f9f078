package cutover.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cutover.core.audit.AuditEvent;
import cutover.core.audit.PropertyChange;
import java.util.ArrayList;
import java.util.List;

/** Graph's {@code directoryAudit} JSON as Cutover's {@link AuditEvent}. */
final class AuditEventJson {

    private AuditEventJson() {
    }

    /**
     * The event; its target user is the first target of type User, and its changes are those of all targets, in
     * order (a device entry changes the device and names the user).
     */
    static AuditEvent event(JsonObject json) {
        JsonObject initiatedBy = object(json, "initiatedBy");
        JsonObject app = object(initiatedBy, "app");
        JsonObject user = object(initiatedBy, "user");
        AuditEvent.Initiator initiator = new AuditEvent.Initiator(EntraJson.text(app, "displayName"),
                EntraJson.text(app, "appId"), EntraJson.text(user, "id"), EntraJson.text(user, "userPrincipalName"));
        String targetUserId = null;
        String targetUpn = null;
        List<PropertyChange> changes = new ArrayList<>();
        for (JsonObject target : array(json, "targetResources")) {
            if (targetUserId == null && "User".equalsIgnoreCase(EntraJson.text(target, "type"))) {
                targetUserId = EntraJson.text(target, "id");
                targetUpn = EntraJson.text(target, "userPrincipalName");
            }
            for (JsonObject change : array(target, "modifiedProperties")) {
                changes.add(new PropertyChange(EntraJson.text(change, "displayName"),
                        EntraJson.text(change, "oldValue"), EntraJson.text(change, "newValue")));
            }
        }
        return new AuditEvent(EntraJson.text(json, "id"), java.time.OffsetDateTime.parse(EntraJson.text(json, "activityDateTime")).toInstant(),
                EntraJson.text(json, "activityDisplayName"), EntraJson.text(json, "category"),
                EntraJson.text(json, "loggedByService"), EntraJson.text(json, "result"), initiator, targetUserId,
                targetUpn, changes);
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonElement element = json == null ? null : json.get(name);
        return element == null || !element.isJsonObject() ? null : element.getAsJsonObject();
    }

    private static List<JsonObject> array(JsonObject json, String name) {
        List<JsonObject> items = new ArrayList<>();
        JsonElement element = json.get(name);
        if (element != null && element.isJsonArray()) {
            element.getAsJsonArray().forEach(item -> {
                if (item.isJsonObject()) {
                    items.add(item.getAsJsonObject());
                }
            });
        }
        return items;
    }
}
