package cutover.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * A domain of the tenant. Federated domains carry their federation with the on-premises identity provider; the
 * domain's own properties cannot be changed through the emulator. Guarded by the tenant's lock.
 */
final class DomainState {

    static final String MANAGED = "Managed";
    static final String FEDERATED = "Federated";

    final String id;
    final boolean isDefault;
    final boolean isInitial;
    final boolean isVerified;
    final List<String> supportedServices;
    /** Null for a managed domain. */
    final FederationState federation;

    DomainState(String id, boolean isDefault, boolean isInitial, boolean isVerified, List<String> supportedServices,
            FederationState federation) {
        this.id = id;
        this.isDefault = isDefault;
        this.isInitial = isInitial;
        this.isVerified = isVerified;
        this.supportedServices = List.copyOf(supportedServices);
        this.federation = federation;
    }

    String authenticationType() {
        return federation == null ? MANAGED : FEDERATED;
    }

    /** Graph's view of the domain, without its federation. */
    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("authenticationType", authenticationType());
        json.addProperty("availabilityStatus", (String) null);
        json.addProperty("isAdminManaged", true);
        json.addProperty("isDefault", isDefault);
        json.addProperty("isInitial", isInitial);
        json.addProperty("isRoot", true);
        json.addProperty("isVerified", isVerified);
        json.addProperty("passwordNotificationWindowInDays", 14);
        json.addProperty("passwordValidityPeriodInDays", Integer.MAX_VALUE);
        JsonArray services = new JsonArray();
        supportedServices.forEach(services::add);
        json.add("supportedServices", services);
        return json;
    }

    /** The state file's entry: Graph's view with the federation under {@code federationConfiguration}. */
    JsonObject toStateJson() {
        JsonObject json = toJson();
        JsonArray federations = new JsonArray();
        if (federation != null) {
            federations.add(federation.toJson());
        }
        json.add("federationConfiguration", federations);
        return json;
    }

    static DomainState fromStateJson(JsonObject json) {
        JsonArray federations = json.getAsJsonArray("federationConfiguration");
        FederationState federation = null;
        if (federations != null && !federations.isEmpty()) {
            federation = FederationState.fromJson(federations.get(0).getAsJsonObject());
        }
        return new DomainState(Json.text(json, "id"), flag(json, "isDefault"), flag(json, "isInitial"),
                flag(json, "isVerified"), Json.textList(json, "supportedServices"), federation);
    }

    private static boolean flag(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && !value.isJsonNull() && value.getAsBoolean();
    }
}
