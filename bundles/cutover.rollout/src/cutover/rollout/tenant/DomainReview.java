package cutover.rollout.tenant;

import cutover.graph.FederationSettings.FederatedDomain;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.FederationSwitchPreflight;
import java.util.List;

/**
 * A federated domain with everything the switch to {@code rejectMfaByFederatedIdp} depends on, read just before it
 * would be sent.
 *
 * @param rollout the Staged Rollout policy for MFA, or null when there is none
 */
public record DomainReview(String tenantId, FederatedDomain domain, FederationSwitchPreflight.State state,
        List<FederationSwitchPreflight.Finding> findings, WorkspaceFacts facts, RolloutPolicy rollout) {

    public DomainReview {
        findings = List.copyOf(findings);
    }

    /** Whether the switch may be offered: nothing blocks. */
    public boolean allowed() {
        return FederationSwitchPreflight.allowed(findings);
    }

    /** {@code federatedIdpMfaBehavior} now, or null while unset. */
    public String behavior() {
        return domain.federation().federatedIdpMfaBehavior();
    }
}
