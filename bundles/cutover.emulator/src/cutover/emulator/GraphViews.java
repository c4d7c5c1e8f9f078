package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.SoftwareOathMethod;

/** The emulator's state in Graph's JSON shapes and property names. */
final class GraphViews {

    static final String USER_TYPE = "#microsoft.graph.user";
    static final String GROUP_TYPE = "#microsoft.graph.group";
    static final String CONTACT_TYPE = "#microsoft.graph.orgContact";

    private GraphViews() {
    }

    static JsonObject user(UserState user) {
        JsonObject json = new JsonObject();
        json.addProperty("id", user.id);
        json.addProperty("userPrincipalName", user.userPrincipalName);
        json.addProperty("mail", user.mail);
        json.addProperty("employeeId", user.employeeId);
        json.addProperty("onPremisesSecurityIdentifier", user.onPremisesSecurityIdentifier);
        json.addProperty("onPremisesSamAccountName", user.onPremisesSamAccountName);
        json.addProperty("onPremisesImmutableId", user.onPremisesImmutableId);
        json.addProperty("onPremisesDistinguishedName", user.onPremisesDistinguishedName);
        // Graph answers null, not false, for a user that was never synchronised
        json.addProperty("onPremisesSyncEnabled", user.onPremisesImmutableId == null ? null : Boolean.TRUE);
        return json;
    }

    static JsonObject group(GroupState group) {
        JsonObject json = new JsonObject();
        json.addProperty("id", group.id);
        json.addProperty("displayName", group.displayName);
        json.addProperty("securityEnabled", true);
        json.addProperty("mailEnabled", false);
        JsonArray types = new JsonArray();
        if (group.dynamic) {
            types.add("DynamicMembership");
        }
        json.add("groupTypes", types);
        return json;
    }

    /** A member of a directory-object collection, with its {@code @odata.type}. */
    static JsonObject directoryObject(Object member) {
        JsonObject json = new JsonObject();
        if (member instanceof UserState user) {
            json.addProperty("@odata.type", USER_TYPE);
            user(user).entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
        } else if (member instanceof GroupState group) {
            json.addProperty("@odata.type", GROUP_TYPE);
            group(group).entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
        } else if (member instanceof ContactState contact) {
            json.addProperty("@odata.type", CONTACT_TYPE);
            json.addProperty("id", contact.id());
            json.addProperty("displayName", contact.displayName());
        } else {
            throw new IllegalArgumentException("not a directory object: " + member);
        }
        return json;
    }

    static JsonObject phoneMethod(PhoneType type, String phoneNumber) {
        JsonObject json = new JsonObject();
        json.addProperty("id", type.methodId());
        json.addProperty("phoneNumber", phoneNumber);
        json.addProperty("phoneType", type.graphName());
        json.addProperty("smsSignInState", "notSupported");
        return json;
    }

    static JsonObject authenticatorMethod(AuthenticatorDevice device) {
        JsonObject json = new JsonObject();
        json.addProperty("id", device.id());
        json.addProperty("displayName", device.displayName());
        json.addProperty("deviceTag", device.deviceTag());
        json.addProperty("phoneAppVersion", (String) null);
        json.addProperty("createdDateTime",
                device.createdDateTime() == null ? null : device.createdDateTime().toString());
        return json;
    }

    /** Graph never returns the secret of a software OATH token. */
    static JsonObject softwareOathMethod(SoftwareOathMethod method) {
        JsonObject json = new JsonObject();
        json.addProperty("id", method.id());
        json.addProperty("secretKey", (String) null);
        return json;
    }

    /** A device of the device directory; the secret key is always null. */
    static JsonObject hardwareOathDevice(OathDeviceState device, UserState assignedTo) {
        JsonObject json = new JsonObject();
        json.addProperty("id", device.id);
        json.addProperty("serialNumber", device.serialNumber);
        json.addProperty("manufacturer", device.manufacturer);
        json.addProperty("model", device.model);
        json.addProperty("secretKey", (String) null);
        json.addProperty("timeIntervalInSeconds", device.timeIntervalInSeconds);
        json.addProperty("hashFunction", device.hashFunction);
        json.addProperty("status", device.status.graphName());
        if (assignedTo == null) {
            json.add("assignedTo", JsonNull.INSTANCE);
        } else {
            JsonObject identity = new JsonObject();
            identity.addProperty("id", assignedTo.id);
            identity.addProperty("displayName", assignedTo.userPrincipalName);
            json.add("assignedTo", identity);
        }
        return json;
    }

    /** A user's hardware OATH method with its {@code device} expanded. */
    static JsonObject hardwareOathMethod(OathDeviceState device) {
        JsonObject expanded = new JsonObject();
        expanded.addProperty("id", device.id);
        expanded.addProperty("serialNumber", device.serialNumber);
        expanded.addProperty("manufacturer", device.manufacturer);
        expanded.addProperty("model", device.model);
        expanded.addProperty("status", device.status.graphName());
        JsonObject json = new JsonObject();
        json.addProperty("id", device.id);
        json.add("device", expanded);
        return json;
    }

    static JsonObject signInPreferences(UserState user) {
        JsonObject json = new JsonObject();
        json.addProperty("userPreferredMethodForSecondaryAuthentication",
                user.defaultMethod == null ? null : user.defaultMethod.graphName());
        json.addProperty("isSystemPreferredAuthenticationMethodEnabled", user.systemPreferredEnabled);
        return json;
    }

    /** Adds {@code @odata.context} in front of an entity's properties. */
    static JsonObject withContext(String context, JsonObject entity) {
        JsonObject json = new JsonObject();
        json.addProperty("@odata.context", context);
        entity.entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
        return json;
    }
}
