package cutover.core.plan;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.TenantSnapshot;
import java.util.List;
import java.util.Map;

/**
 * One generated planning case: an MFA Server user, the tenant holding the matching Entra user, the seed file rows,
 * the options, and the plan the planner made of them.
 */
record PlanScenario(MfaServerUser user, TenantSnapshot tenant, Map<String, OathSeed> seeds, PlanOptions options,
        Plan plan) {

    static PlanScenario of(MfaServerUser user, TenantSnapshot tenant, Map<String, OathSeed> seeds,
            PlanOptions options) {
        return new PlanScenario(user, tenant, seeds, options,
                PlanFixture.plan(List.of(user), tenant, seeds, options, Map.of()));
    }

    @Override
    public String toString() {
        return "user " + user + " with devices " + user.devices() + ", Entra " + tenant.users().get(0) + ", policy "
                + tenant.policy() + ", seeds " + seeds.values() + ", " + options;
    }
}
