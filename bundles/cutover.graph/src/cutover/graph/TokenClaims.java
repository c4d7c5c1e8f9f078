package cutover.graph;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * What an access token grants, read from its payload (never logged, never stored): delegated scopes
 * ({@code scp}), application roles ({@code roles}), the signed-in user's directory roles ({@code wids}) and the
 * tenant ({@code tid}). The signature is not checked here: Graph checks it; this only tells the specialist before
 * the work starts what the token lacks.
 *
 * @param delegated true for a token acting for a signed-in user, false for an app's own token
 * @param rolesKnown whether the token lists the user's directory roles at all
 * @param appId the application (client) id the token was issued to ({@code appid}, or {@code azp} in v2 tokens),
 *            or null; Entra ID's audit log names Cutover's own writes by it
 */
public record TokenClaims(boolean delegated, Set<String> permissions, Set<String> directoryRoles, boolean rolesKnown,
        String tenantId, String appId) {

    public TokenClaims {
        permissions = Set.copyOf(permissions);
        directoryRoles = Set.copyOf(directoryRoles);
    }

    /** Reads a JWT access token's claims. */
    public static TokenClaims of(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("the access token is not a JWT");
        }
        JsonObject payload = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8)).getAsJsonObject();
        Set<String> permissions = new HashSet<>();
        boolean delegated = payload.has("scp");
        if (delegated) {
            for (String scope : payload.get("scp").getAsString().split(" ")) {
                if (!scope.isBlank()) {
                    permissions.add(scope);
                }
            }
        }
        permissions.addAll(strings(payload.get("roles")));
        Set<String> roles = strings(payload.get("wids"));
        String tenant = payload.has("tid") ? payload.get("tid").getAsString() : null;
        String app = payload.has("appid") ? payload.get("appid").getAsString()
                : payload.has("azp") ? payload.get("azp").getAsString() : null;
        return new TokenClaims(delegated, permissions, roles, payload.has("wids"), tenant, app);
    }

    private static Set<String> strings(JsonElement element) {
        Set<String> values = new HashSet<>();
        if (element != null && element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            array.forEach(value -> values.add(value.getAsString()));
        }
        return values;
    }
}
