package cutover.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Domains and their federation: {@code GET /domains}, {@code GET /domains/{id}},
 * {@code GET /domains/{id}/federationConfiguration} and GET and PATCH of one {@code internalDomainFederation} in
 * it. Domains themselves are read only. A PATCH answers the changed federation, as Graph does.
 */
final class DomainEndpoints {

    private static final String FEDERATION = "/domains/{}/federationConfiguration";
    private static final String FEDERATION_TYPE = "#microsoft.graph.internalDomainFederation";

    private final LocalTenant tenant;

    DomainEndpoints(LocalTenant tenant) {
        this.tenant = tenant;
    }

    void register(Routes routes) {
        routes.get("/domains", Routes.BOTH, 1, (request, params) -> list(request));
        routes.get("/domains/{}", Routes.BOTH, 1, (request, params) -> get(request, params.get(0)));
        routes.get(FEDERATION, Routes.BOTH, 1, (request, params) -> federations(request, params.get(0)));
        routes.get(FEDERATION + "/{}", Routes.BOTH, 1,
                (request, params) -> federation(request, params.get(0), params.get(1)));
        routes.write("PATCH", FEDERATION + "/{}", Routes.BOTH,
                (request, params) -> patch(request, params.get(0), params.get(1)));
    }

    private GraphResponse list(GraphRequest request) {
        if (request.query("$filter") != null) {
            throw GraphException.unsupportedQuery("The emulator does not filter domains; read them all.");
        }
        return GraphResponse.ok(tenant.read(data -> ODataQuery.page(request, request.context("domains"),
                data.domains(), DomainState::toJson)));
    }

    private GraphResponse get(GraphRequest request, String domainId) {
        return GraphResponse.ok(tenant.read(data -> GraphViews.withContext(request.context("domains/$entity"),
                ODataQuery.project(data.requireDomain(domainId).toJson(), ODataQuery.select(request)))));
    }

    private GraphResponse federations(GraphRequest request, String domainId) {
        return GraphResponse.ok(tenant.read(data -> {
            DomainState domain = data.requireDomain(domainId);
            List<JsonObject> federations = new ArrayList<>();
            if (domain.federation != null) {
                federations.add(view(domain.federation));
            }
            return ODataQuery.collection(request.context("domains('" + domain.id + "')/federationConfiguration"),
                    federations);
        }));
    }

    private GraphResponse federation(GraphRequest request, String domainId, String federationId) {
        return GraphResponse.ok(tenant.read(data -> {
            DomainState domain = data.requireDomain(domainId);
            return GraphViews.withContext(request.context("domains('" + domain.id
                    + "')/federationConfiguration/$entity"), view(requireFederation(domain, federationId)));
        }));
    }

    private GraphResponse patch(GraphRequest request, String domainId, String federationId) {
        JsonObject body = request.jsonBody();
        return GraphResponse.ok(tenant.write(data -> {
            DomainState domain = data.requireDomain(domainId);
            FederationState federation = requireFederation(domain, federationId);
            federation.checkPatch(body);
            Map<String, JsonElement[]> changed = federation.applyPatch(body);
            List<AuditEntry.Change> changes = new ArrayList<>();
            changed.forEach((name, values) -> changes.add(AuditEntries.change(name, values[0], values[1])));
            AuditEntries.record(data, AuditActivity.SET_DOMAIN_FEDERATION, "",
                    List.of(AuditEntries.domain(domain, changes)), List.of());
            return GraphViews.withContext(request.context("domains('" + domain.id
                    + "')/federationConfiguration/$entity"), view(federation));
        }));
    }

    private static FederationState requireFederation(DomainState domain, String federationId) {
        if (domain.federation == null || !domain.federation.id.equalsIgnoreCase(federationId)) {
            throw GraphException.resourceNotFound(federationId);
        }
        return domain.federation;
    }

    private static JsonObject view(FederationState federation) {
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", FEDERATION_TYPE);
        federation.toJson().entrySet().forEach(e -> json.add(e.getKey(), e.getValue()));
        return json;
    }
}
