package cutover.graph;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.HardwareOathStatus;
import cutover.core.tenant.HardwareOathToken;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.SoftwareOathMethod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Graph's JSON shapes of authentication methods and the methods policy, turned into Cutover's tenant model. */
final class EntraJson {

    private EntraJson() {
    }

    static String text(JsonObject object, String name) {
        JsonElement value = object == null ? null : object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    static List<JsonObject> values(JsonObject collection) {
        List<JsonObject> values = new ArrayList<>();
        if (collection != null && collection.has("value")) {
            collection.getAsJsonArray("value").forEach(element -> values.add(element.getAsJsonObject()));
        }
        return values;
    }

    static List<EntraPhoneMethod> phones(JsonObject collection) {
        List<EntraPhoneMethod> phones = new ArrayList<>();
        for (JsonObject method : values(collection)) {
            PhoneType type = PhoneType.fromGraphName(text(method, "phoneType"));
            if (type != null) {
                phones.add(new EntraPhoneMethod(type, text(method, "phoneNumber")));
            }
        }
        return phones;
    }

    static List<AuthenticatorDevice> authenticator(JsonObject collection) {
        List<AuthenticatorDevice> devices = new ArrayList<>();
        for (JsonObject method : values(collection)) {
            String created = text(method, "createdDateTime");
            devices.add(new AuthenticatorDevice(text(method, "id"), text(method, "displayName"),
                    text(method, "deviceTag"), created == null ? null : Instant.parse(created)));
        }
        return devices;
    }

    static List<SoftwareOathMethod> softwareOath(JsonObject collection) {
        List<SoftwareOathMethod> methods = new ArrayList<>();
        for (JsonObject method : values(collection)) {
            methods.add(new SoftwareOathMethod(text(method, "id")));
        }
        return methods;
    }

    static List<HardwareOathToken> hardwareOath(JsonObject collection) {
        List<HardwareOathToken> tokens = new ArrayList<>();
        for (JsonObject method : values(collection)) {
            JsonObject device = method.has("device") && method.get("device").isJsonObject()
                    ? method.getAsJsonObject("device") : new JsonObject();
            HardwareOathStatus status = HardwareOathStatus.fromGraphName(text(device, "status"));
            tokens.add(new HardwareOathToken(text(method, "id"), text(device, "serialNumber"),
                    text(device, "manufacturer"), text(device, "model"),
                    status == null ? HardwareOathStatus.ASSIGNED : status));
        }
        return tokens;
    }

    static EntraMethod defaultMethod(JsonObject preferences) {
        return EntraMethod.fromGraphName(text(preferences, "userPreferredMethodForSecondaryAuthentication"));
    }

    static boolean systemPreferred(JsonObject preferences) {
        JsonElement value = preferences == null ? null
                : preferences.get("isSystemPreferredAuthenticationMethodEnabled");
        return value != null && !value.isJsonNull() && value.getAsBoolean();
    }

    static AuthenticationMethodsPolicy policy(JsonObject policy) {
        List<MethodPolicy> methods = new ArrayList<>();
        Set<PolicyMethod> seen = new HashSet<>();
        if (policy != null && policy.has("authenticationMethodConfigurations")) {
            for (JsonElement element : policy.getAsJsonArray("authenticationMethodConfigurations")) {
                JsonObject configuration = element.getAsJsonObject();
                PolicyMethod method = PolicyMethod.fromGraphId(text(configuration, "id"));
                if (method == null || !seen.add(method)) {
                    continue; // methods MFA Server users cannot be migrated to
                }
                boolean enabled = "enabled".equals(text(configuration, "state"));
                methods.add(new MethodPolicy(method, enabled, targets(configuration, "includeTargets"),
                        targets(configuration, "excludeTargets")));
            }
        }
        for (PolicyMethod method : PolicyMethod.values()) {
            if (!seen.contains(method)) {
                methods.add(MethodPolicy.disabled(method));
            }
        }
        return new AuthenticationMethodsPolicy(methods);
    }

    private static Set<String> targets(JsonObject configuration, String name) {
        Set<String> ids = new HashSet<>();
        if (configuration.has(name) && configuration.get(name).isJsonArray()) {
            configuration.getAsJsonArray(name).forEach(t -> ids.add(text(t.getAsJsonObject(), "id")));
        }
        return ids;
    }
}
