package cutover.rollout;

import cutover.rollout.PhaseStep.Phase;
import cutover.rollout.PhaseStep.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The migration guide's phases as a checklist whose states come from data: the inventory, the journal's migrated
 * users and verifications, the Staged Rollout policy and the domains' federation. Nothing is ticked by hand except
 * what Cutover cannot see.
 */
public final class PhaseBoard {

    public static final String INVENTORY = "cutover.inventory.ui.perspective";
    public static final String MIGRATION = "cutover.migration.ui.perspective";
    public static final String ROLLOUT = "cutover.rollout.ui.perspective";
    public static final String FEDERATION = "cutover.federation.ui.perspective";

    private static final String NOT_CONNECTED = "No tenant is connected: connect one to read this from Entra ID.";

    private PhaseBoard() {
    }

    public static List<PhaseStep> steps(PhaseFacts facts) {
        List<PhaseStep> steps = new ArrayList<>();
        steps.add(inventory(facts));
        steps.add(dependencies(facts));
        steps.add(new PhaseStep(Phase.PREPARATIONS, "Connect the tenant", facts.tenantConnected() ? State.DONE
                : State.TO_DO, facts.tenantConnected() ? "A tenant is connected." : NOT_CONNECTED, MIGRATION));
        steps.add(migrate(facts));
        steps.add(verify(facts));
        steps.add(pilot(facts));
        steps.add(federation(facts));
        steps.add(rolloutOff(facts));
        steps.add(new PhaseStep(Phase.FINALIZE, "Decommission MFA Server", State.MANUAL, "Cutover cannot see MFA "
                + "Server: retire it once the switch has acted (up to 24 hours) and every step above is done.",
                null));
        return List.copyOf(steps);
    }

    private static PhaseStep inventory(PhaseFacts facts) {
        String title = "Inventory what depends on MFA Server";
        if (facts.dependencies() == null) {
            return new PhaseStep(Phase.PREPARATIONS, title, State.TO_DO, "No inventory imported: open the files "
                    + "collected from the MFA Server, NPS and AD FS servers in the Dependencies view.", INVENTORY);
        }
        return new PhaseStep(Phase.PREPARATIONS, title, State.DONE, String.format(Locale.US,
                "%,d dependencies in the last inventory.", facts.dependencies()), INVENTORY);
    }

    private static PhaseStep dependencies(PhaseFacts facts) {
        String title = "Move each dependency off MFA Server";
        if (facts.dependencies() == null) {
            return new PhaseStep(Phase.PREPARATIONS, title, State.UNKNOWN, "Needs the inventory.", INVENTORY);
        }
        int left = facts.dependenciesLeft();
        int total = facts.dependencies();
        State state = left == 0 ? State.DONE : left < total ? State.IN_PROGRESS : State.TO_DO;
        return new PhaseStep(Phase.PREPARATIONS, title, state, String.format(Locale.US,
                "%,d of %,d marked migrated or verified.", total - left, total), INVENTORY);
    }

    private static PhaseStep migrate(PhaseFacts facts) {
        String title = "Migrate the users' MFA data";
        if (facts.verifiedAt() != null && facts.notMigrated() == 0 && facts.migratedUsers() > 0) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.DONE, String.format(Locale.US, "%,d users migrated; "
                    + "the last verification of %s found none left.", facts.migratedUsers(), facts.verifiedGroup()),
                    MIGRATION);
        }
        if (facts.migratedUsers() == 0) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.TO_DO, "Nobody is migrated yet.", MIGRATION);
        }
        String left = facts.verifiedAt() == null ? "verify the group to see who is left"
                : String.format(Locale.US, "the last verification found %,d not migrated", facts.notMigrated());
        return new PhaseStep(Phase.MIGRATIONS, title, State.IN_PROGRESS, String.format(Locale.US,
                "%,d users migrated; %s.", facts.migratedUsers(), left), MIGRATION);
    }

    private static PhaseStep verify(PhaseFacts facts) {
        String title = "Verify the migration group against Entra ID";
        if (facts.verifiedAt() == null) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.TO_DO, "No verification recorded.", MIGRATION);
        }
        if (facts.notVerifiedBecause() == null && facts.notMigrated() == 0) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.DONE, "Verified " + facts.verifiedGroup() + " at "
                    + facts.verifiedAt() + ": every migrated user's data is in Entra ID.", MIGRATION);
        }
        String why = facts.notVerifiedBecause() != null ? facts.notVerifiedBecause()
                : String.format(Locale.US, "The last verification found %,d not migrated.", facts.notMigrated());
        return new PhaseStep(Phase.MIGRATIONS, title, State.IN_PROGRESS, why, MIGRATION);
    }

    private static PhaseStep pilot(PhaseFacts facts) {
        String title = "Pilot cloud MFA with Staged Rollout";
        if (!facts.tenantConnected()) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.UNKNOWN, NOT_CONNECTED, ROLLOUT);
        }
        if (facts.rolloutEnabled() && facts.rolloutGroups() > 0) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.DONE, "Staged Rollout for MFA is on for "
                    + facts.rolloutGroups() + " group(s).", ROLLOUT);
        }
        if (allSwitched(facts)) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.DONE, "Every federated domain uses Entra ID MFA; "
                    + "the pilot is over.", ROLLOUT);
        }
        if (facts.rolloutExists()) {
            return new PhaseStep(Phase.MIGRATIONS, title, State.IN_PROGRESS, "The policy exists with "
                    + facts.rolloutGroups() + " group(s) and is " + (facts.rolloutEnabled() ? "on" : "off") + ".",
                    ROLLOUT);
        }
        return new PhaseStep(Phase.MIGRATIONS, title, State.TO_DO, "No Staged Rollout policy for MFA.", ROLLOUT);
    }

    private static PhaseStep federation(PhaseFacts facts) {
        String title = "Switch federated domains to rejectMfaByFederatedIdp";
        if (!facts.tenantConnected()) {
            return new PhaseStep(Phase.FINALIZE, title, State.UNKNOWN, NOT_CONNECTED, FEDERATION);
        }
        if (facts.federatedDomains().isEmpty()) {
            return new PhaseStep(Phase.FINALIZE, title, State.DONE, "The tenant has no federated domain.",
                    FEDERATION);
        }
        int switched = facts.switchedDomains().size();
        int all = facts.federatedDomains().size();
        State state = switched == all ? State.DONE : switched > 0 ? State.IN_PROGRESS : State.TO_DO;
        String each = facts.federatedDomains().entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() == null ? "unset" : e.getValue()))
                .collect(Collectors.joining(", "));
        return new PhaseStep(Phase.FINALIZE, title, state, each + ".", FEDERATION);
    }

    private static PhaseStep rolloutOff(PhaseFacts facts) {
        String title = "Switch Staged Rollout off";
        if (!facts.tenantConnected()) {
            return new PhaseStep(Phase.FINALIZE, title, State.UNKNOWN, NOT_CONNECTED, ROLLOUT);
        }
        if (!allSwitched(facts)) {
            return new PhaseStep(Phase.FINALIZE, title, State.TO_DO, "After every federated domain is switched.",
                    ROLLOUT);
        }
        return facts.rolloutEnabled()
                ? new PhaseStep(Phase.FINALIZE, title, State.TO_DO, "Every domain is switched; Staged Rollout for "
                        + "MFA is still on and can go off once the switch has acted.", ROLLOUT)
                : new PhaseStep(Phase.FINALIZE, title, State.DONE, "Staged Rollout for MFA is off.", ROLLOUT);
    }

    private static boolean allSwitched(PhaseFacts facts) {
        Map<String, String> domains = facts.federatedDomains();
        return !domains.isEmpty() && facts.switchedDomains().size() == domains.size();
    }
}
