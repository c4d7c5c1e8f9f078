package cutover.core.plan;

import cutover.core.matching.MatchReport;
import cutover.core.matching.MatchResult;
import cutover.core.matching.MatchStatus;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.TenantSnapshot;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Computes, for every matched MFA Server user, what a migration would write to Entra ID and why, applying the
 * sync rules of Microsoft's migration guide and Graph's own constraints. Unmatched and ambiguous users become
 * "cannot migrate" actions; users whose migrated data has the fingerprint recorded by the previous migration are
 * skipped unless {@link PlanOptions#migrateAll()}.
 *
 * <p>The authentication methods policy is evaluated for a user in no group, because the snapshot holds no group
 * memberships yet: only methods enabled for {@code all_users} (and not excluded for everyone) count as allowed, so a
 * method allowed only through a group is replaced rather than risked.
 *
 * <p>Users are planned independently and in parallel; the result is the same as a sequential run. Stateless and
 * safe to share between threads.
 */
public final class MigrationPlanner {

    private static final int CHUNK_SIZE = 4096;

    /**
     * @param matches the matching of the MFA Server users against {@code tenant}
     * @param tenant the tenant snapshot, for its authentication methods policy
     * @param seedsBySerial hardware token seed file rows by serial number (no secrets), empty when there is no file
     * @param options the specialist's choices
     * @param history what earlier migrations recorded; {@link MigrationHistory#empty()} for a first migration
     */
    public Plan plan(MatchReport matches, TenantSnapshot tenant, Map<String, OathSeed> seedsBySerial,
            PlanOptions options, MigrationHistory history) {
        Objects.requireNonNull(matches, "matches");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(seedsBySerial, "seedsBySerial");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(history, "history");
        DefaultMethodRules defaultRules = new DefaultMethodRules(tenant.policy());
        List<MatchResult> results = matches.results();
        int chunks = (results.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
        List<Chunk> planned = IntStream.range(0, chunks).parallel()
                .mapToObj(chunk -> planChunk(results, chunk * CHUNK_SIZE, Math.min(results.size(),
                        (chunk + 1) * CHUNK_SIZE), defaultRules, seedsBySerial, options, history))
                .toList();
        int size = 0;
        for (Chunk chunk : planned) {
            size += chunk.actions();
        }
        int[] userStart = new int[results.size() + 1];
        int[] actionUser = new int[size];
        byte[] kinds = new byte[size];
        byte[] rules = new byte[size];
        PlanCounter counter = new PlanCounter();
        int user = 0;
        int action = 0;
        for (Chunk chunk : planned) {
            System.arraycopy(chunk.kinds(), 0, kinds, action, chunk.actions());
            System.arraycopy(chunk.rules(), 0, rules, action, chunk.actions());
            for (int count : chunk.actionsPerUser()) {
                userStart[user] = action;
                Arrays.fill(actionUser, action, action + count, user);
                action += count;
                user++;
            }
            counter.add(chunk.counter());
        }
        userStart[user] = action;
        return new Plan(userStart, actionUser, kinds, rules,
                index -> planUser(results.get(index), defaultRules, seedsBySerial, options, history),
                index -> UserFingerprint.of(results.get(index).user()), counter.summary());
    }

    /** The kinds and rules of the actions of a run of consecutive users, and their counts. */
    private record Chunk(int[] actionsPerUser, int actions, byte[] kinds, byte[] rules, PlanCounter counter) {
    }

    // Only kinds and rules survive the chunk: the action objects die young, which the garbage collector handles
    // cheaply, while two million long-lived objects would be copied by every collection.
    private static Chunk planChunk(List<MatchResult> results, int from, int to, DefaultMethodRules defaultRules,
            Map<String, OathSeed> seedsBySerial, PlanOptions options, MigrationHistory history) {
        int[] actionsPerUser = new int[to - from];
        byte[] kinds = new byte[(to - from) * 4];
        byte[] rules = new byte[kinds.length];
        int actions = 0;
        PlanCounter counter = new PlanCounter();
        for (int i = from; i < to; i++) {
            List<PlanAction> userActions = planUser(results.get(i), defaultRules, seedsBySerial, options, history);
            counter.addUser(userActions);
            actionsPerUser[i - from] = userActions.size();
            if (actions + userActions.size() > kinds.length) {
                int grown = Math.max(kinds.length * 2, actions + userActions.size());
                kinds = Arrays.copyOf(kinds, grown);
                rules = Arrays.copyOf(rules, grown);
            }
            for (PlanAction a : userActions) {
                kinds[actions] = (byte) a.kind().ordinal();
                rules[actions] = (byte) a.rule().ordinal();
                actions++;
            }
        }
        return new Chunk(actionsPerUser, actions, kinds, rules, counter);
    }

    private static List<PlanAction> planUser(MatchResult match, DefaultMethodRules defaultRules,
            Map<String, OathSeed> seedsBySerial, PlanOptions options, MigrationHistory history) {
        MfaServerUser user = match.user();
        if (match.status() != MatchStatus.MATCHED) {
            UserActions out = new UserActions(user.upn(), null);
            boolean unmatched = match.status() == MatchStatus.UNMATCHED;
            out.cannotMigrate(unmatched ? RuleId.MATCH_UNMATCHED : RuleId.MATCH_AMBIGUOUS,
                    () -> (unmatched ? "no Entra user found: " : "ambiguous, nothing is guessed: ") + match.reason());
            return out.actions();
        }
        EntraUser entra = match.entraUser();
        UserActions out = new UserActions(user.upn(), entra.objectId());
        if (!options.migrateAll()) {
            MigratedUser previous = history.get(user.upn());
            if (previous != null && previous.fingerprint().equals(UserFingerprint.of(user))) {
                out.skip(RuleId.UNCHANGED_SKIPPED, () -> "the user's phones, devices, OATH token and default method have "
                        + "not changed since the last migration (" + ActivationTime.format(previous.migratedAt())
                        + ")");
                return out.actions();
            }
        }
        EnumMap<PhoneType, PhonePlacement> slots = PhoneRules.place(user, out);
        EnumSet<PhoneType> phonesAfter = GraphPhoneRules.apply(slots, entra, out);
        DeviceRules.apply(user, entra, out);
        boolean oathAfter = OathRules.apply(user, entra, seedsBySerial, out);
        EntraMethod defaultAfter = defaultRules.apply(user.defaultMethod(), entra, options.defaultMethodMode(),
                PhoneRules.primarySlot(user), phonesAfter, oathAfter, out);
        GraphPhoneRules.deleteMovedNumbers(slots, entra, defaultAfter, out);
        return out.actions();
    }
}
