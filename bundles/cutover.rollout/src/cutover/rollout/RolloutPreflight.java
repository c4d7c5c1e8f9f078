package cutover.rollout;

import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the groups the Staged Rollout policy for MFA would target after a change, before the change is sent.
 * Nothing is sent when a finding blocks; warnings list the users concerned.
 */
public final class RolloutPreflight {

    /**
     * What the check needs besides the groups.
     *
     * @param delegated whether the sign-in acts for a signed-in administrator
     * @param migrationGroupUpns the members of the migration group (empty when none is listed), lower case
     * @param migratedUpns the users the journal records as migrated, lower case
     */
    public record Context(boolean delegated, Set<String> migrationGroupUpns, Set<String> migratedUpns) {

        public Context {
            migrationGroupUpns = lowerCase(migrationGroupUpns);
            migratedUpns = lowerCase(migratedUpns);
        }

        /** UPNs compare in any case, as Entra ID compares them. */
        public static Context of(boolean delegated, Collection<String> migrationGroupUpns, MigrationHistory history) {
            return new Context(delegated, Set.copyOf(migrationGroupUpns),
                    history.users().stream().map(MigratedUser::upn).collect(Collectors.toSet()));
        }

        private static Set<String> lowerCase(Set<String> upns) {
            return upns.stream().map(upn -> upn.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The findings, blocking ones first. */
    public record Result(List<RolloutFinding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean blocked() {
            return findings.stream().anyMatch(RolloutFinding::blocks);
        }

        public List<RolloutFinding> of(RolloutRule rule) {
            return findings.stream().filter(f -> f.rule() == rule).toList();
        }
    }

    private RolloutPreflight() {
    }

    /** Checks the policy's groups as they would be after the change. */
    public static Result check(List<CandidateGroup> groupsAfter, Context context) {
        List<RolloutFinding> blocking = new ArrayList<>();
        List<RolloutFinding> warnings = new ArrayList<>();
        if (!context.delegated()) {
            blocking.add(new RolloutFinding(RolloutRule.DELEGATED_SIGN_IN, null,
                    "The sign-in is the app's own, not an administrator's.", List.of()));
        }
        if (groupsAfter.size() > RolloutLimits.MAX_GROUPS) {
            blocking.add(new RolloutFinding(RolloutRule.TOO_MANY_GROUPS, null,
                    "The policy would target " + groupsAfter.size() + " groups.", List.of()));
        }
        Set<String> everyone = new LinkedHashSet<>();
        for (CandidateGroup group : groupsAfter) {
            group.memberUpns().forEach(upn -> everyone.add(upn.toLowerCase(Locale.ROOT)));
            checkGroup(group, context, blocking, warnings);
        }
        if (everyone.size() > RolloutLimits.MAX_USERS_TOTAL) {
            blocking.add(new RolloutFinding(RolloutRule.TOO_MANY_USERS, null,
                    String.format(Locale.US, "The groups would hold %,d users.", everyone.size()), List.of()));
        }
        List<RolloutFinding> all = new ArrayList<>(blocking);
        all.addAll(warnings);
        return new Result(all);
    }

    private static void checkGroup(CandidateGroup group, Context context, List<RolloutFinding> blocking,
            List<RolloutFinding> warnings) {
        String name = group.displayName();
        if (group.dynamic()) {
            blocking.add(new RolloutFinding(RolloutRule.DYNAMIC_GROUP, name, "It is a dynamic group.", List.of()));
        }
        if (group.users() > RolloutLimits.MAX_USERS_PER_GROUP) {
            blocking.add(new RolloutFinding(RolloutRule.GROUP_TOO_LARGE, name,
                    String.format(Locale.US, "It holds %,d users.", group.users()), List.of()));
        }
        if (group.nestedGroups() > 0) {
            blocking.add(new RolloutFinding(RolloutRule.NESTED_GROUP, name,
                    "It holds " + group.nestedGroups() + " nested group(s).", List.of()));
        }
        if (group.contacts() > 0) {
            blocking.add(new RolloutFinding(RolloutRule.CONTACTS, name,
                    "It holds " + group.contacts() + " contact(s).", List.of()));
        }
        if (!group.cloudOnlyUpns().isEmpty()) {
            blocking.add(new RolloutFinding(RolloutRule.CLOUD_ONLY_USERS, name, String.format(Locale.US,
                    "%,d of its users are cloud-only.", group.cloudOnlyUpns().size()), group.cloudOnlyUpns()));
        }
        List<String> notMigrated = group.memberUpns().stream()
                .filter(upn -> !context.migratedUpns().contains(upn.toLowerCase(Locale.ROOT))).toList();
        if (!notMigrated.isEmpty()) {
            warnings.add(new RolloutFinding(RolloutRule.NOT_YET_MIGRATED, name, String.format(Locale.US,
                    "%,d of its %,d users have no migration recorded.", notMigrated.size(), group.users()),
                    notMigrated));
        }
        List<String> shared = group.memberUpns().stream()
                .filter(upn -> context.migrationGroupUpns().contains(upn.toLowerCase(Locale.ROOT))).toList();
        if (!shared.isEmpty()) {
            warnings.add(new RolloutFinding(RolloutRule.OVERLAPS_MIGRATION_GROUP, name, String.format(Locale.US,
                    "%,d of its users are in the migration group.", shared.size()), shared));
        }
    }
}
