package cutover.graph;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tenant's domains and, for each federated one, its federation with the on-premises identity provider
 * ({@code internalDomainFederation}), whose {@code federatedIdpMfaBehavior} decides whether Entra ID accepts,
 * enforces or rejects the MFA the identity provider (AD FS with MFA Server) did. Blocks; never call it from the UI
 * thread.
 */
public final class FederationSettings {

    /** Entra ID accepts MFA done by the identity provider, and asks for its own when the provider did none. */
    public static final String ACCEPT_IF_MFA_DONE_BY_FEDERATED_IDP = "acceptIfMfaDoneByFederatedIdp";
    /** Entra ID sends every MFA to the identity provider: the way back to MFA Server. */
    public static final String ENFORCE_MFA_BY_FEDERATED_IDP = "enforceMfaByFederatedIdp";
    /** Entra ID always does MFA itself: the last step of the migration. */
    public static final String REJECT_MFA_BY_FEDERATED_IDP = "rejectMfaByFederatedIdp";
    /** The three behaviours Graph accepts. */
    public static final List<String> MFA_BEHAVIORS = List.of(ACCEPT_IF_MFA_DONE_BY_FEDERATED_IDP,
            ENFORCE_MFA_BY_FEDERATED_IDP, REJECT_MFA_BY_FEDERATED_IDP);

    /**
     * A domain of the tenant.
     *
     * @param federation its federation, or null for a managed domain (or a federated one Graph gave none for)
     */
    public record FederatedDomain(String name, boolean federated, Federation federation) {

        /** Federated, with a federation Graph gave: one whose MFA behaviour can be read and switched. */
        public boolean hasFederation() {
            return federated && federation != null;
        }
    }

    /**
     * A domain's federation.
     *
     * @param federatedIdpMfaBehavior null when never set: the legacy {@code SupportsMfa} setting then decides
     * @param preferredAuthenticationProtocol {@code wsFed} or {@code saml}, or null when Graph gave none
     */
    public record Federation(String id, String displayName, String issuerUri, String federatedIdpMfaBehavior,
            String preferredAuthenticationProtocol) {
    }

    private final GraphConnection connection;
    private final GraphHttp http;

    public FederationSettings(GraphConnection connection) {
        this.connection = connection;
        this.http = new GraphHttp(connection);
    }

    /** Every domain, with the federation of each federated one: one request, plus one per federated domain. */
    public List<FederatedDomain> domains() {
        List<FederatedDomain> domains = new ArrayList<>();
        for (JsonObject domain : http.all(root(), "/domains?$select=id,authenticationType", Map.of(), () -> false)) {
            String name = EntraJson.text(domain, "id");
            boolean federated = "Federated".equalsIgnoreCase(EntraJson.text(domain, "authenticationType"));
            domains.add(new FederatedDomain(name, federated, federated ? federationOf(name) : null));
        }
        return domains;
    }

    /**
     * Sets how Entra ID treats the identity provider's MFA for one domain, and answers the federation as read back.
     * Entra ID may take up to 24 hours to act on it.
     *
     * @param behavior one of {@link #MFA_BEHAVIORS}
     * @throws IllegalArgumentException for any other behaviour, before anything is sent
     */
    public Federation setMfaBehavior(String domain, String federationId, String behavior) {
        if (behavior == null || !MFA_BEHAVIORS.contains(behavior)) {
            throw new IllegalArgumentException("not a federatedIdpMfaBehavior: " + behavior + " (use one of "
                    + String.join(", ", MFA_BEHAVIORS) + ")");
        }
        JsonObject body = new JsonObject();
        body.addProperty("federatedIdpMfaBehavior", behavior);
        String path = "/domains/" + domain + "/federationConfiguration/" + federationId;
        http.send("PATCH", root(), path, body, Map.of());
        return federation(http.get(root(), path, Map.of()));
    }

    /**
     * The domain's federation as Graph answers it, every property (the signing certificates are public keys), for
     * the journal's snapshot before and after a change.
     */
    public String snapshot(String domain, String federationId) {
        return http.get(root(), "/domains/" + domain + "/federationConfiguration/" + federationId, Map.of())
                .toString();
    }

    /** One domain with its federation; {@link GraphException} 404 for a domain the tenant does not have. */
    public FederatedDomain domain(String name) {
        JsonObject domain = http.get(root(), "/domains/" + name + "?$select=id,authenticationType", Map.of());
        boolean federated = "Federated".equalsIgnoreCase(EntraJson.text(domain, "authenticationType"));
        return new FederatedDomain(EntraJson.text(domain, "id"), federated, federated ? federationOf(name) : null);
    }

    private Federation federationOf(String domain) {
        List<JsonObject> federations = EntraJson.values(http.get(root(), "/domains/" + domain
                + "/federationConfiguration", Map.of()));
        return federations.isEmpty() ? null : federation(federations.get(0));
    }

    private static Federation federation(JsonObject json) {
        return new Federation(EntraJson.text(json, "id"), EntraJson.text(json, "displayName"),
                EntraJson.text(json, "issuerUri"), EntraJson.text(json, "federatedIdpMfaBehavior"),
                EntraJson.text(json, "preferredAuthenticationProtocol"));
    }

    private String root() {
        return connection.profile().v1();
    }
}
