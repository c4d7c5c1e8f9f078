package cutover.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether the switch of a federated domain to {@code rejectMfaByFederatedIdp} may be offered, from what
 * the workspace knows: who is migrated and verified, which dependencies are migrated, and the Staged Rollout state.
 * The switch itself also needs the domain's name typed in full ({@link #confirms}).
 */
public final class FederationSwitchPreflight {

    public static final String REJECT = "rejectMfaByFederatedIdp";

    /**
     * What the preflight looks at.
     *
     * @param domain the federated domain
     * @param currentBehavior its {@code federatedIdpMfaBehavior}, or null while unset
     * @param notMigrated users of the migration group without a recorded migration
     * @param notVerifiedBecause why the group does not count as verified (no verification, users missing, writes
     *            since), or null when the last verification found everything in Entra ID
     * @param dependenciesLeft names of the inventory's dependencies not marked migrated, or null when no inventory
     *            was imported in the workspace
     * @param rolloutEnabled whether the Staged Rollout policy for MFA is on
     */
    public record State(String domain, String currentBehavior, List<String> notMigrated, String notVerifiedBecause,
            List<String> dependenciesLeft, boolean rolloutEnabled) {

        public State {
            Objects.requireNonNull(domain, "domain");
            notMigrated = List.copyOf(notMigrated);
            dependenciesLeft = dependenciesLeft == null ? null : List.copyOf(dependenciesLeft);
        }

        public boolean verified() {
            return notVerifiedBecause == null;
        }
    }

    /** A finding, with the users or dependencies it concerns. */
    public record Finding(FederationSwitchRule rule, String found, List<String> concerned) {

        public Finding {
            concerned = List.copyOf(concerned);
        }

        public String describe() {
            return found + " " + rule.explanation;
        }
    }

    private FederationSwitchPreflight() {
    }

    /** Blocking findings first; {@link FederationSwitchRule#CANNOT_BE_UNSET} is always among the warnings. */
    public static List<Finding> check(State state) {
        List<Finding> blocking = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        if (REJECT.equals(state.currentBehavior())) {
            blocking.add(new Finding(FederationSwitchRule.ALREADY_SET, state.domain() + " is set to " + REJECT + ".",
                    List.of()));
        }
        if (!state.notMigrated().isEmpty()) {
            blocking.add(new Finding(FederationSwitchRule.USERS_NOT_MIGRATED, String.format(java.util.Locale.US,
                    "%,d user(s) not migrated.", state.notMigrated().size()), state.notMigrated()));
        }
        if (!state.verified()) {
            blocking.add(new Finding(FederationSwitchRule.USERS_NOT_VERIFIED, state.notVerifiedBecause(), List.of()));
        }
        if (state.dependenciesLeft() == null) {
            blocking.add(new Finding(FederationSwitchRule.NO_INVENTORY, "No dependency inventory.", List.of()));
        } else if (!state.dependenciesLeft().isEmpty()) {
            blocking.add(new Finding(FederationSwitchRule.DEPENDENCIES_NOT_MIGRATED, state.dependenciesLeft().size()
                    + " dependenc" + (state.dependenciesLeft().size() == 1 ? "y" : "ies") + " left.",
                    state.dependenciesLeft()));
        }
        if (state.rolloutEnabled()) {
            warnings.add(new Finding(FederationSwitchRule.ROLLOUT_ENABLED, "Staged Rollout is on.", List.of()));
        }
        warnings.add(new Finding(FederationSwitchRule.CANNOT_BE_UNSET, "Currently "
                + (state.currentBehavior() == null ? "unset" : state.currentBehavior()) + ".", List.of()));
        List<Finding> all = new ArrayList<>(blocking);
        all.addAll(warnings);
        return List.copyOf(all);
    }

    /** Whether the switch may be offered: no blocking finding. */
    public static boolean allowed(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.rule().blocks);
    }

    /** The typed confirmation: the domain's name in full (any case, surrounding blanks ignored). */
    public static boolean confirms(String typed, String domain) {
        return typed != null && typed.strip().equalsIgnoreCase(domain);
    }
}
