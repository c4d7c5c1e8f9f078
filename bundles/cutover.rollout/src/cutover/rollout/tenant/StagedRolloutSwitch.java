package cutover.rollout.tenant;

import cutover.graph.GraphConnection;
import cutover.graph.GraphException;
import cutover.graph.GroupRef;
import cutover.graph.RolloutGroupFacts;
import cutover.graph.SnapshotReader;
import cutover.graph.StagedRollout;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.migration.MigrationSettings;
import cutover.rollout.CandidateGroup;
import cutover.rollout.RolloutFinding;
import cutover.rollout.RolloutPreflight;
import cutover.store.TenantSetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Changes the Staged Rollout policy for MFA the guarded way: {@link #review} reads the policy and every group it
 * would target and runs the preflight; {@link #apply} sends a change only when nothing blocks and the policy is
 * still as reviewed, journaling the policy as it was before and as read back after. Blocks; run it in a job.
 */
public final class StagedRolloutSwitch {

    /** The name of the policy Cutover creates when the tenant has none. */
    public static final String POLICY_NAME = "Cutover: Staged Rollout of cloud MFA";

    private final GraphConnection connection;
    private final Path workspace;
    private final StagedRollout rollout;

    public StagedRolloutSwitch(GraphConnection connection, Path workspace) {
        this.connection = connection;
        this.workspace = workspace;
        this.rollout = new StagedRollout(connection);
    }

    /** The policy now, or null when the tenant has none. */
    public RolloutPolicy policy() {
        return rollout.policy().orElse(null);
    }

    /**
     * Reads what the change would do and checks it. A change that widens the rollout (adding a group, switching
     * on) is checked in full against every group the policy would target; one that narrows it needs the sign-in
     * check only.
     *
     * @throws IllegalArgumentException when the change makes no sense now: an unknown group, a group already in
     *             (or not in) the policy, switching on what is on
     */
    public RolloutReview review(RolloutChange change, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Checking: " + change.describe(), 100);
        String tenantId = new SnapshotReader(connection).tenantId();
        RolloutPolicy before = policy();
        List<GroupRef> after = new ArrayList<>(before == null ? List.of() : before.groups());
        GroupRef group = switch (change) {
            case RolloutChange.Add add -> added(add.group(), after);
            case RolloutChange.Remove remove -> removed(remove.group(), after);
            case RolloutChange.Enable enable -> {
                if (before == null || before.groups().isEmpty()) {
                    throw new IllegalArgumentException("there is no group to roll out to: add a group first");
                }
                if (before.enabled()) {
                    throw new IllegalArgumentException("Staged Rollout for MFA is on already");
                }
                yield null;
            }
            case RolloutChange.Disable disable -> {
                if (before == null || !before.enabled()) {
                    throw new IllegalArgumentException("Staged Rollout for MFA is off already");
                }
                yield null;
            }
        };
        progress.worked(5);
        boolean delegated = connection.isLocal() || connection.claims().delegated();
        if (!change.widens()) {
            return new RolloutReview(tenantId, change, before, group, List.of(), RolloutPreflight.check(List.of(),
                    new RolloutPreflight.Context(delegated, Set.of(), Set.of())));
        }
        WorkspaceFacts facts = WorkspaceFacts.read(workspace, tenantId);
        Set<String> migrationGroup = migrationGroupUpns(facts, progress.split(25));
        SubMonitor reading = progress.split(70).setWorkRemaining(after.size());
        RolloutGroupFacts reader = new RolloutGroupFacts(connection);
        List<CandidateGroup> candidates = new ArrayList<>();
        for (GroupRef ref : after) {
            RolloutGroupFacts.GroupFacts read = reader.read(ref.id(), reading.split(1));
            candidates.add(new CandidateGroup(read.id(), read.displayName(), read.dynamic(), read.nestedGroups(),
                    read.contacts(), read.userUpns(), read.cloudOnlyUpns()));
        }
        RolloutPreflight.Context context = RolloutPreflight.Context.of(delegated, migrationGroup, facts.history());
        return new RolloutReview(tenantId, change, before, group, candidates,
                RolloutPreflight.check(candidates, context));
    }

    /**
     * Sends the reviewed change and answers the policy as read back.
     *
     * @throws PreflightRefusedException when the review blocks, or the policy changed since it was reviewed; nothing
     *             was sent
     * @throws GraphException when Graph refuses; the journal records the refusal
     */
    public RolloutPolicy apply(RolloutReview review) throws PreflightRefusedException, InterruptedException {
        if (review.blocked()) {
            throw new PreflightRefusedException("Staged Rollout was not changed: the preflight blocks "
                    + review.change().describe() + ".", review.result().findings().stream()
                            .filter(RolloutFinding::blocks).map(RolloutFinding::describe).toList());
        }
        if (!review.tenantId().equals(new SnapshotReader(connection).tenantId())) {
            throw new PreflightRefusedException("Staged Rollout was not changed: the change was checked in another "
                    + "tenant. Check it again in this one.", List.of());
        }
        RolloutPolicy now = policy();
        String before = StagedRollout.snapshot(now);
        if (!Objects.equals(before, StagedRollout.snapshot(review.before()))) {
            throw new PreflightRefusedException("Staged Rollout was not changed: the policy changed since it was "
                    + "checked. Check again.", List.of());
        }
        if (review.change().widens()) {
            // the groups' members and the workspace may have changed since the review: check once more
            RolloutReview again = review(review.change(), null);
            if (again.blocked()) {
                throw new PreflightRefusedException("Staged Rollout was not changed: checked again just now, the "
                        + "preflight blocks " + review.change().describe() + ".", again.result().findings().stream()
                                .filter(RolloutFinding::blocks).map(RolloutFinding::describe).toList());
            }
        }
        String subject = now == null ? POLICY_NAME : now.displayName();
        return JournaledChange.run(workspace, TenantSetting.STAGED_ROLLOUT, review.tenantId(), subject,
                review.change().describe(), before, () -> send(review, now), StagedRollout::snapshot,
                () -> StagedRollout.snapshot(policy()));
    }

    private RolloutPolicy send(RolloutReview review, RolloutPolicy now) {
        switch (review.change()) {
            case RolloutChange.Add add -> {
                String id = now == null ? rollout.create(POLICY_NAME, false).id() : now.id();
                rollout.addGroup(id, review.group().id());
            }
            case RolloutChange.Remove remove -> rollout.removeGroup(now.id(), review.group().id());
            case RolloutChange.Enable enable -> rollout.setEnabled(now.id(), true);
            case RolloutChange.Disable disable -> rollout.setEnabled(now.id(), false);
        }
        return rollout.policy().orElse(null);
    }

    private GroupRef added(String nameOrId, List<GroupRef> after) {
        GroupRef group = new SnapshotReader(connection).findOneGroup(nameOrId);
        if (after.stream().anyMatch(g -> g.id().equalsIgnoreCase(group.id()))) {
            throw new IllegalArgumentException("the group " + group.displayName() + " is in the rollout already");
        }
        after.add(group);
        return group;
    }

    private static GroupRef removed(String nameOrId, List<GroupRef> after) {
        List<GroupRef> matching = after.stream().filter(g -> g.id().equalsIgnoreCase(nameOrId)
                || (g.displayName() != null && g.displayName().equalsIgnoreCase(nameOrId))).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("the rollout has no group \"" + nameOrId + "\"");
        }
        if (matching.size() > 1) {
            throw new IllegalArgumentException(matching.size() + " groups of the rollout are named \"" + nameOrId
                    + "\"; give the group's id");
        }
        after.remove(matching.get(0));
        return matching.get(0);
    }

    /**
     * The migration group's members: the group the last verification checked, else the group automatic sync is
     * set up for; none when neither is known.
     */
    private Set<String> migrationGroupUpns(WorkspaceFacts facts, IProgressMonitor monitor) {
        SnapshotReader reader = new SnapshotReader(connection);
        GroupRef group = null;
        if (facts.verification() != null) {
            group = new GroupRef(facts.verification().groupId(), facts.verification().groupName());
        } else {
            String syncGroup;
            try {
                syncGroup = MigrationSettings.load(workspace).syncGroup();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            List<GroupRef> found = syncGroup == null ? List.of() : reader.findGroups(syncGroup);
            group = found.size() == 1 ? found.get(0) : null;
        }
        if (group == null) {
            return Set.of();
        }
        return reader.memberIdentities(group, monitor).stream().map(u -> u.userPrincipalName())
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
