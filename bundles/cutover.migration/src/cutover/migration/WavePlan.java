package cutover.migration;

import cutover.core.matching.MatchReport;
import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.ActionKind;
import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.MigrationPlanner;
import cutover.core.plan.OathSeed;
import cutover.core.plan.Plan;
import cutover.core.plan.PlanAction;
import cutover.core.plan.PlanOptions;
import cutover.core.plan.UserFingerprint;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.TenantSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan for some members of a wave (the selection, or everyone): the guide's sync rules applied to the members'
 * MFA Server data and their Entra methods as last read. Members without MFA Server data have nothing to plan.
 *
 * @param wave the wave planned from
 * @param users the members planned, in the plan's user order ({@code plan.actionsOfUser(i)} is {@code users.get(i)})
 * @param plan the actions
 * @param options the choices it was made with
 * @param writesPerUser the writes planned for each of {@code users}
 * @param cannotMigrateByReason what cannot be migrated, by rule, for the confirmation
 */
public record WavePlan(Wave wave, List<WaveUser> users, Plan plan, PlanOptions options, int[] writesPerUser,
        Map<String, Integer> cannotMigrateByReason) {

    /** Writes per Graph request, for the confirmation ("320 × POST …/phoneMethods"): the plan's own count. */
    public Map<String, Integer> writesByOperation() {
        return plan.summary().writesByOperation();
    }

    /**
     * Plans these members. Their Entra methods must have been read ({@link EntraMethodLoader#load}); members without
     * MFA Server data, and unchanged members unless {@code options.migrateAll()}, get no writes.
     */
    public static WavePlan of(Wave wave, List<WaveUser> selection, PlanOptions options, MigrationHistory history,
            Map<String, OathSeed> seeds) {
        return of(wave, selection, options, history, seeds, true);
    }

    /**
     * @param showOnMembers whether the members' {@link WaveUser#plannedWrites()} become this plan's (not for a
     *        verification, which plans only to compare)
     */
    static WavePlan of(Wave wave, List<WaveUser> selection, PlanOptions options, MigrationHistory history,
            Map<String, OathSeed> seeds, boolean showOnMembers) {
        List<WaveUser> planned = new ArrayList<>();
        List<EntraUser> entra = new ArrayList<>();
        List<MfaServerUser> mfa = new ArrayList<>();
        for (WaveUser user : selection) {
            if (user.mfa() == null) {
                continue;
            }
            if (!user.methodsRead()) {
                throw new IllegalStateException("the methods of " + user.upn() + " were not read");
            }
            planned.add(user);
            entra.add(user.entra());
            mfa.add(user.mfa());
        }
        TenantSnapshot tenant = new TenantSnapshot(wave.tenantId(), Instant.now(), wave.policy(), entra);
        MatchReport matches = new UserMatcher(entra, wave.matchAttribute()).match(mfa);
        Plan plan = new MigrationPlanner().plan(matches, tenant, seeds, options, history);
        // one pass that puts every user's actions together again: the plan keeps only kinds and rules
        int[] writes = new int[planned.size()];
        Map<String, Integer> cannot = new TreeMap<>();
        for (int i = 0; i < planned.size(); i++) {
            for (PlanAction action : plan.actionsOfUser(i)) {
                if (action.kind() == ActionKind.WRITE) {
                    writes[i]++;
                } else if (action.kind() == ActionKind.CANNOT_MIGRATE) {
                    cannot.merge(action.rule().id() + ": " + action.rule().description(), 1, Integer::sum);
                }
            }
            if (showOnMembers) {
                planned.get(i).plannedWrites(writes[i]);
            }
        }
        return new WavePlan(wave, List.copyOf(planned), plan, options, writes,
                java.util.Collections.unmodifiableMap(cannot));
    }

    /**
     * The planned members that need no write: their Entra data already matches (or nothing of theirs can be
     * written). Recorded as migrated, so automatic sync does not plan them again until their MFA Server data changes.
     */
    public List<MigratedUser> settledUsers(Instant now) {
        List<MigratedUser> settled = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            if (writesPerUser[i] == 0) {
                settled.add(new MigratedUser(users.get(i).mfa().upn(), UserFingerprint.of(users.get(i).mfa()), now));
            }
        }
        return settled;
    }
}
