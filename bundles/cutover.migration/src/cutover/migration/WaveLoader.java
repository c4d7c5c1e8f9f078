package cutover.migration;

import cutover.core.matching.MatchAttribute;
import cutover.core.matching.MatchResult;
import cutover.core.matching.MatchStatus;
import cutover.core.matching.UserMatcher;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigratedUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.UserFingerprint;
import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.EntraUser;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Lists a migration group: reads its members (nested groups expanded, attributes only), matches the MFA Server
 * export against them, and tells for each member whether it is new, changed or unchanged since the last migration.
 * Blocks: run it in a job.
 */
public final class WaveLoader {

    private final GraphConnection connection;

    public WaveLoader(GraphConnection connection) {
        this.connection = connection;
    }

    public Wave load(GroupRef group, List<MfaServerUser> export, MatchAttribute attribute, MigrationHistory history,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Listing " + group.displayName(), 100);
        SnapshotReader reader = new SnapshotReader(connection);
        String tenantId = reader.tenantId();
        AuthenticationMethodsPolicy policy = reader.policy();
        List<EntraUser> members = reader.memberIdentities(group, progress.split(80));
        progress.subTask("Matching " + members.size() + " members with the MFA Server export");
        Map<String, MatchResult> byMember = matchToMembers(members, export, attribute);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
        progress.worked(20);
        List<WaveUser> users = new ArrayList<>(members.size());
        int matched = 0;
        for (EntraUser member : members) {
            MatchResult match = byMember.get(member.objectId());
            if (match != null && match.status() == MatchStatus.MATCHED) {
                matched++;
            }
            MigratedUser migrated = match == null ? null : history.get(match.user().upn());
            users.add(new WaveUser(users.size(), member, match, changeOf(match, migrated), migrated));
        }
        return new Wave(group, tenantId, policy, attribute, users, export.size() - matched, Instant.now());
    }

    /** Each member's MFA Server match: matched users by object id, ambiguous ones under every candidate. */
    private static Map<String, MatchResult> matchToMembers(List<EntraUser> members, List<MfaServerUser> export,
            MatchAttribute attribute) {
        Map<String, MatchResult> byMember = new HashMap<>();
        for (MatchResult result : new UserMatcher(members, attribute).match(export).results()) {
            if (result.status() == MatchStatus.MATCHED) {
                byMember.put(result.entraUser().objectId(), result);
            } else if (result.status() == MatchStatus.AMBIGUOUS) {
                for (String candidate : result.candidateObjectIds()) {
                    byMember.putIfAbsent(candidate, result);
                }
            }
        }
        return byMember;
    }

    private static ChangeStatus changeOf(MatchResult match, MigratedUser migrated) {
        if (match == null || match.status() != MatchStatus.MATCHED) {
            return ChangeStatus.NO_MFA_DATA;
        }
        if (migrated == null) {
            return ChangeStatus.NEW;
        }
        return migrated.fingerprint().equals(UserFingerprint.of(match.user())) ? ChangeStatus.UNCHANGED
                : ChangeStatus.CHANGED;
    }
}
