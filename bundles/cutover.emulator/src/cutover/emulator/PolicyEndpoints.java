package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PolicyMethod;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code GET /policies/authenticationMethodsPolicy} and {@code GET /organization} (the tenant id), read only. */
final class PolicyEndpoints {

    private static final Map<PolicyMethod, String> CONFIGURATION_TYPES = Map.of(
            PolicyMethod.MICROSOFT_AUTHENTICATOR,
            "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            PolicyMethod.SMS, "#microsoft.graph.smsAuthenticationMethodConfiguration",
            PolicyMethod.VOICE, "#microsoft.graph.voiceAuthenticationMethodConfiguration",
            PolicyMethod.SOFTWARE_OATH, "#microsoft.graph.softwareOathAuthenticationMethodConfiguration",
            PolicyMethod.HARDWARE_OATH, "#microsoft.graph.hardwareOathAuthenticationMethodConfiguration");

    private final LocalTenant tenant;

    PolicyEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get("/policies/authenticationMethodsPolicy", Routes.BOTH, 1, (request, params) -> get(request));
        routes.get("/organization", Routes.BOTH, 1, (request, params) -> organization(request));
    }

    private GraphResponse organization(GraphRequest request) {
        JsonObject organization = new JsonObject();
        organization.addProperty("id", tenant.tenantId());
        organization.addProperty("displayName", "Cutover local tenant");
        JsonArray value = new JsonArray();
        value.add(organization);
        JsonObject collection = new JsonObject();
        collection.addProperty("@odata.context", request.context("organization"));
        collection.add("value", value);
        return GraphResponse.ok(collection);
    }

    private GraphResponse get(GraphRequest request) {
        JsonObject policy = new JsonObject();
        policy.addProperty("@odata.context", request.context("policies/authenticationMethodsPolicy/$entity"));
        policy.addProperty("id", "authenticationMethodsPolicy");
        policy.addProperty("displayName", "Authentication Methods Policy");
        JsonArray configurations = new JsonArray();
        tenant.read(data -> {
            for (PolicyMethod method : PolicyMethod.values()) {
                configurations.add(configuration(data.policy.method(method)));
            }
            return null;
        });
        policy.add("authenticationMethodConfigurations", configurations);
        return GraphResponse.ok(policy);
    }

    private static JsonObject configuration(MethodPolicy method) {
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", CONFIGURATION_TYPES.get(method.method()));
        json.addProperty("id", method.method().graphId());
        json.addProperty("state", method.enabled() ? "enabled" : "disabled");
        json.add("includeTargets", targets(method.includeGroups()));
        json.add("excludeTargets", targets(method.excludeGroups()));
        return json;
    }

    private static JsonArray targets(Set<String> groupIds) {
        JsonArray targets = new JsonArray();
        for (String id : new TreeSet<>(groupIds)) {
            JsonObject target = new JsonObject();
            target.addProperty("targetType", "group");
            target.addProperty("id", id);
            targets.add(target);
        }
        return targets;
    }
}
