package cutover.core.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns what an import found into the inventory: runs the detection rules ({@link Signature}) on every dependency,
 * then the recommendation rule of its category. Deterministic and free of side effects; instances hold no state.
 */
public final class DependencyAnalyzer {

    public DependencyAnalyzer() {
    }

    public Inventory analyze(ImportedInventory imported) {
        return analyze(imported, List.of());
    }

    /**
     * @param readiness the specialist's records from earlier imports, kept by dependency id
     */
    public Inventory analyze(ImportedInventory imported, Collection<ReadinessRecord> readiness) {
        AnalysisContext context = new AnalysisContext(imported);
        List<AnalyzedDependency> analyzed = new ArrayList<>(imported.dependencies().size());
        for (Dependency found : imported.dependencies()) {
            analyzed.add(analyze(found, context));
        }
        return new Inventory(analyzed, imported.problems(), imported.skippedFiles(), readiness);
    }

    private static AnalyzedDependency analyze(Dependency found, AnalysisContext context) {
        Dependency d = found.withSignatures(DetectionRules.detect(found, context));
        Recommendation recommendation = switch (d.category()) {
            case RADIUS_CLIENT -> RadiusRecommendations.radiusClient(d, context);
            case NPS_POLICY -> RadiusRecommendations.networkPolicy(d, context);
            case NPS_CONNECTION_REQUEST_POLICY -> RadiusRecommendations.connectionRequestPolicy(d, context);
            case RADIUS_SERVER_GROUP -> RadiusRecommendations.serverGroup(d, context);
            case NPS_EXTENSION -> RadiusRecommendations.npsExtension(d, context);
            case LDAP_CLIENT -> ServiceRecommendations.ldapClient(d, context);
            case WEB_SDK_CONSUMER -> ServiceRecommendations.webSdkConsumer(d, context);
            case ADFS_RELYING_PARTY -> AdfsRecommendations.relyingParty(d, context);
            case ADFS_ADAPTER -> AdfsRecommendations.adapter(d, context);
        };
        return new AnalyzedDependency(d, recommendation);
    }
}
