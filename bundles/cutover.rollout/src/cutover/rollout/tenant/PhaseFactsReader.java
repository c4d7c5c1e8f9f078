package cutover.rollout.tenant;

import cutover.graph.FederationSettings;
import cutover.graph.FederationSettings.FederatedDomain;
import cutover.graph.GraphConnection;
import cutover.graph.SnapshotReader;
import cutover.graph.StagedRollout;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.PhaseFacts;
import cutover.store.Verification;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** Reads what the phase board shows: the workspace always, the tenant when one is connected. Blocks. */
public final class PhaseFactsReader {

    private PhaseFactsReader() {
    }

    /** @param connection the connected tenant, or null */
    public static PhaseFacts read(Path workspace, GraphConnection connection, IProgressMonitor monitor)
            throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading the migration's state", 3);
        String tenantId = connection == null ? null : new SnapshotReader(connection).tenantId();
        WorkspaceFacts facts = WorkspaceFacts.read(workspace, tenantId);
        progress.worked(1);
        Verification verification = facts.verification();
        Integer dependencies = facts.dependenciesLeft() == null ? null : facts.dependencies();
        Integer left = facts.dependenciesLeft() == null ? null : facts.dependenciesLeft().size();
        RolloutPolicy policy = null;
        Map<String, String> federated = new LinkedHashMap<>();
        if (connection != null) {
            policy = new StagedRollout(connection).policy().orElse(null);
            progress.worked(1);
            for (FederatedDomain domain : new FederationSettings(connection).domains()) {
                if (domain.hasFederation()) {
                    federated.put(domain.name(), domain.federation().federatedIdpMfaBehavior());
                }
            }
        }
        progress.done();
        return new PhaseFacts(dependencies, left, facts.history().users().size(),
                verification == null ? null : verification.at(),
                verification == null ? null : verification.groupName(), facts.notMigrated().size(),
                facts.notVerifiedBecause(), connection != null, policy != null, policy != null && policy.enabled(),
                policy == null ? 0 : policy.groups().size(), federated);
    }
}
