package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain's federation with an on-premises identity provider such as AD FS (Graph's
 * {@code internalDomainFederation}), kept as its Graph properties. Guarded by the tenant's lock.
 *
 * <p>Graph's rule that matters for an MFA migration: once {@code federatedIdpMfaBehavior} has a value it cannot go
 * back to null (the legacy {@code SupportsMfa} flag then no longer counts).
 */
final class FederationState {

    static final String MFA_BEHAVIOR = "federatedIdpMfaBehavior";

    /** What a writable property holds: a boolean, free text, or (when {@code members} is not empty) an enum. */
    private record Kind(boolean flag, List<String> members) {

        static final Kind TEXT = new Kind(false, List.of());
        static final Kind FLAG = new Kind(true, List.of());

        static Kind oneOf(String... members) {
            return new Kind(false, List.of(members));
        }
    }

    private static final Map<String, Kind> WRITABLE = new LinkedHashMap<>();

    static {
        for (String uri : List.of("displayName", "issuerUri", "metadataExchangeUri", "passiveSignInUri",
                "activeSignInUri", "signOutUri", "passwordResetUri", "signingCertificate", "nextSigningCertificate")) {
            WRITABLE.put(uri, Kind.TEXT);
        }
        WRITABLE.put("preferredAuthenticationProtocol", Kind.oneOf("wsFed", "saml"));
        WRITABLE.put(MFA_BEHAVIOR, Kind.oneOf("acceptIfMfaDoneByFederatedIdp", "enforceMfaByFederatedIdp",
                "rejectMfaByFederatedIdp"));
        WRITABLE.put("promptLoginBehavior", Kind.oneOf("translateToFreshPasswordAuthentication", "nativeSupport",
                "disabled"));
        WRITABLE.put("isSignedAuthenticationRequestRequired", Kind.FLAG);
    }

    final String id;
    private final JsonObject properties = new JsonObject();

    /** A federation with every writable property null and {@code isSignedAuthenticationRequestRequired} false. */
    FederationState(String id) {
        this.id = id;
        WRITABLE.forEach((name, kind) -> properties.add(name, kind.flag() ? new JsonPrimitive(false)
                : JsonNull.INSTANCE));
    }

    String text(String name) {
        return Json.text(properties, name);
    }

    /** Sets a property without checks, for seeding and loading. */
    FederationState set(String name, Object value) {
        if (!WRITABLE.containsKey(name)) {
            throw new IllegalArgumentException("not a federation property: " + name);
        }
        properties.add(name, value == null ? JsonNull.INSTANCE
                : value instanceof Boolean flag ? new JsonPrimitive(flag) : new JsonPrimitive(value.toString()));
        return this;
    }

    /**
     * Checks a PATCH body against Graph's rules, without changing anything: only writable properties, values of
     * the right type, enum members Graph knows, and no null for a {@code federatedIdpMfaBehavior} that is set.
     */
    void checkPatch(JsonObject body) {
        for (Map.Entry<String, JsonElement> member : body.entrySet()) {
            String name = member.getKey();
            JsonElement value = member.getValue();
            Kind kind = WRITABLE.get(name);
            if (name.equals("id") || name.startsWith("@odata.")) {
                continue;
            }
            if (kind == null) {
                throw GraphException.directoryBadRequest("Property '" + name + "' does not exist or cannot be "
                        + "changed on type 'microsoft.graph.internalDomainFederation'.");
            }
            if (value.isJsonNull()) {
                if (name.equals(MFA_BEHAVIOR) && text(MFA_BEHAVIOR) != null) {
                    throw GraphException.directoryBadRequest("federatedIdpMfaBehavior cannot be set back to null "
                            + "once it has a value; use acceptIfMfaDoneByFederatedIdp to keep accepting the MFA "
                            + "claim of the federated identity provider.");
                }
                if (kind.flag()) {
                    throw GraphException.directoryBadRequest(name + " must be true or false.");
                }
                continue;
            }
            boolean string = value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
            if (kind.flag()) {
                if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean())) {
                    throw GraphException.directoryBadRequest(name + " must be true or false.");
                }
            } else if (!string) {
                throw GraphException.directoryBadRequest("The property '" + name + "' must be a string.");
            } else if (!kind.members().isEmpty() && !kind.members().contains(value.getAsString())) {
                throw GraphException.directoryBadRequest("Invalid value '" + value.getAsString() + "' for " + name
                        + ": use one of " + String.join(", ", kind.members()) + ".");
            }
        }
    }

    /** Applies a checked PATCH body; returns the changed properties with their old and new values. */
    Map<String, JsonElement[]> applyPatch(JsonObject body) {
        Map<String, JsonElement[]> changes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> member : body.entrySet()) {
            JsonElement old = properties.get(member.getKey());
            if (WRITABLE.containsKey(member.getKey()) && !old.equals(member.getValue())) {
                changes.put(member.getKey(), new JsonElement[] {old, member.getValue()});
                properties.add(member.getKey(), member.getValue());
            }
        }
        return changes;
    }

    /** Graph's view; also the state file's. */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        properties.entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
        return json;
    }

    static FederationState fromJson(JsonObject json) {
        FederationState federation = new FederationState(Json.text(json, "id"));
        for (String name : WRITABLE.keySet()) {
            JsonElement value = json.get(name);
            if (value != null) {
                federation.properties.add(name, value);
            }
        }
        return federation;
    }
}
