package cutover.migration;

import cutover.core.plan.ActionKind;
import cutover.core.plan.MigrationHistory;
import cutover.core.plan.PlanAction;
import cutover.core.plan.PlanOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Verifies a wave against the tenant as it is now: re-reads the members' methods and plans every member as if
 * nothing had been migrated. A member for whom that plan writes nothing really has their MFA Server data in
 * Entra ID; what remains are the writes still missing and the things no API can do (the user must act).
 */
public final class ReadinessCheck {

    private final EntraMethodLoader loader;

    public ReadinessCheck(EntraMethodLoader loader) {
        this.loader = loader;
    }

    public List<UserReadiness> check(Wave wave, PlanOptions options, MigrationHistory history,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Verifying " + wave.group().displayName(), 100);
        List<WaveUser> withData = wave.users().stream().filter(u -> u.mfa() != null).toList();
        loader.reload(withData, progress.split(90));
        WavePlan plan = WavePlan.of(wave, withData, new PlanOptions(options.defaultMethodMode(), true),
                MigrationHistory.empty(), Map.of(), false);
        List<UserReadiness> report = new ArrayList<>(wave.users().size());
        for (int i = 0; i < plan.users().size(); i++) {
            WaveUser user = plan.users().get(i);
            int writes = 0;
            Set<String> actions = new LinkedHashSet<>();
            for (PlanAction action : plan.plan().actionsOfUser(i)) {
                if (action.kind() == ActionKind.WRITE) {
                    writes++;
                } else if (action.kind() == ActionKind.CANNOT_MIGRATE) {
                    actions.add(action.reason());
                }
            }
            boolean migrated = history.get(user.mfa().upn()) != null;
            UserReadiness.Status status = writes > 0
                    ? (migrated ? UserReadiness.Status.MISSING : UserReadiness.Status.NOT_MIGRATED)
                    : actions.isEmpty() ? UserReadiness.Status.READY : UserReadiness.Status.USER_ACTION;
            report.add(new UserReadiness(user.upn(), migrated ? history.get(user.mfa().upn()).migratedAt() : null,
                    status, writes, List.copyOf(actions)));
        }
        for (WaveUser user : wave.users()) {
            if (user.mfa() == null) {
                report.add(new UserReadiness(user.upn(), null, UserReadiness.Status.NO_MFA_DATA, 0, List.of()));
            }
        }
        report.sort(java.util.Comparator.comparing(UserReadiness::status).thenComparing(UserReadiness::upn));
        progress.worked(10);
        return report;
    }
}
