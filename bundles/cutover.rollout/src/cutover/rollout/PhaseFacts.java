package cutover.rollout;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the phase board is derived from, each fact as read from the workspace or the tenant. A fact nobody could read
 * is null (or false for {@code tenantConnected}), and the steps that need it say so instead of guessing.
 *
 * @param dependencies dependencies in the last imported inventory, or null when none was imported
 * @param dependenciesLeft of those, the ones not marked migrated (null with no inventory)
 * @param migratedUsers users the journal records as migrated
 * @param verifiedAt when the migration group was last verified, or null
 * @param verifiedGroup the group it checked, or null
 * @param notMigrated members that verification found not migrated
 * @param notVerifiedBecause why the group does not count as verified, or null when it does
 * @param tenantConnected whether a tenant is connected (the facts below are read only then)
 * @param rolloutExists whether the Staged Rollout policy for MFA exists
 * @param rolloutEnabled whether it is on
 * @param rolloutGroups how many groups it targets
 * @param federatedDomains each federated domain's {@code federatedIdpMfaBehavior} (null value: unset)
 */
public record PhaseFacts(Integer dependencies, Integer dependenciesLeft, int migratedUsers, Instant verifiedAt,
        String verifiedGroup, int notMigrated, String notVerifiedBecause, boolean tenantConnected,
        boolean rolloutExists, boolean rolloutEnabled, int rolloutGroups, Map<String, String> federatedDomains) {

    public PhaseFacts {
        federatedDomains = federatedDomains == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(federatedDomains));
    }

    /** The federated domains set to reject MFA done by the federation server. */
    public List<String> switchedDomains() {
        return federatedDomains.entrySet().stream()
                .filter(e -> FederationSwitchPreflight.REJECT.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
