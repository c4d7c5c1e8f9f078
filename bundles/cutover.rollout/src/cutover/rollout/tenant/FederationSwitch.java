package cutover.rollout.tenant;

import cutover.graph.FederationSettings;
import cutover.graph.FederationSettings.FederatedDomain;
import cutover.graph.FederationSettings.Federation;
import cutover.graph.GraphConnection;
import cutover.graph.GraphException;
import cutover.graph.SnapshotReader;
import cutover.graph.StagedRollout;
import cutover.graph.StagedRollout.RolloutPolicy;
import cutover.rollout.FederationSwitchPreflight;
import cutover.store.TenantSetting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * The migration guide's last step and its way back, guarded: {@link #review} gathers what the switch of a
 * federated domain to {@code rejectMfaByFederatedIdp} depends on; {@link #switchToReject} sends it only when
 * nothing blocks and the domain's name was typed, journaling the federation as it was before; {@link #rollback}
 * follows the guide's rollback plan. Blocks; run it in a job.
 */
public final class FederationSwitch {

    private final GraphConnection connection;
    private final Path workspace;
    private final FederationSettings settings;

    public FederationSwitch(GraphConnection connection, Path workspace) {
        this.connection = connection;
        this.workspace = workspace;
        this.settings = new FederationSettings(connection);
    }

    /** The tenant's domains, federated or managed. */
    public List<FederatedDomain> domains() {
        return settings.domains();
    }

    /**
     * Reads the domain, the Staged Rollout policy and the workspace, and runs the preflight.
     *
     * @throws IllegalArgumentException for a managed domain, which has no federation to switch
     * @throws GraphException 404 for a domain the tenant does not have
     */
    public DomainReview review(String domainName, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + domainName, 4);
        FederatedDomain domain = federated(domainName);
        progress.worked(1);
        String tenantId = new SnapshotReader(connection).tenantId();
        RolloutPolicy rollout = new StagedRollout(connection).policy().orElse(null);
        progress.worked(1);
        WorkspaceFacts facts = WorkspaceFacts.read(workspace, tenantId);
        progress.worked(1);
        FederationSwitchPreflight.State state = new FederationSwitchPreflight.State(domain.name(),
                domain.federation().federatedIdpMfaBehavior(), facts.notMigrated(), facts.notVerifiedBecause(),
                facts.dependenciesLeft(), rollout != null && rollout.enabled());
        progress.worked(1);
        return new DomainReview(tenantId, domain, state, FederationSwitchPreflight.check(state), facts, rollout);
    }

    /**
     * Sets {@code rejectMfaByFederatedIdp} on the reviewed domain, and answers the federation as read back.
     *
     * @param typed the confirmation: the domain's whole name
     * @throws PreflightRefusedException when the preflight blocks, the confirmation does not match, or the
     *             domain's behaviour changed since the review; nothing was sent
     * @throws GraphException when Graph refuses; the journal records the refusal
     */
    public Federation switchToReject(DomainReview review, String typed)
            throws PreflightRefusedException, InterruptedException {
        String name = review.domain().name();
        if (!review.allowed()) {
            throw new PreflightRefusedException(name + " was not switched: the preflight blocks it.",
                    review.findings().stream().filter(f -> f.rule().blocks).map(f -> f.describe()).toList());
        }
        if (!FederationSwitchPreflight.confirms(typed, name)) {
            throw new PreflightRefusedException(name + " was not switched: type the domain's whole name, " + name
                    + ", to confirm.", List.of());
        }
        // the tenant, the journal or the inventory may have changed since the review: check once more
        DomainReview now = review(name, null);
        if (!now.tenantId().equals(review.tenantId())) {
            throw new PreflightRefusedException(name + " was not switched: it was checked in another tenant. Check "
                    + "it again in this one.", List.of());
        }
        if (!Objects.equals(now.behavior(), review.behavior()) || !now.allowed()) {
            throw new PreflightRefusedException(name + " was not switched: checked again just now, "
                    + (now.allowed() ? "its federatedIdpMfaBehavior changed. Check again." : "the preflight blocks it."),
                    now.findings().stream().filter(f -> f.rule().blocks).map(f -> f.describe()).toList());
        }
        return change(now.tenantId(), now.domain(), FederationSettings.REJECT_MFA_BY_FEDERATED_IDP);
    }

    /**
     * The guide's rollback: the domain enforces MFA by the federation server again (unset cannot be restored), then
     * Staged Rollout for MFA is switched off, so every federated user goes back to MFA Server. Each step is
     * journaled; a step Graph refuses does not stop the next.
     */
    public List<RollbackStep> rollback(String domainName, IProgressMonitor monitor) throws InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, "Rolling back " + domainName, 2);
        String tenantId = new SnapshotReader(connection).tenantId();
        List<RollbackStep> steps = new ArrayList<>();
        FederatedDomain domain = federated(domainName);
        String enforce = FederationSettings.ENFORCE_MFA_BY_FEDERATED_IDP;
        String setEnforce = domain.name() + ": federatedIdpMfaBehavior → " + enforce;
        if (enforce.equals(domain.federation().federatedIdpMfaBehavior())) {
            steps.add(new RollbackStep(setEnforce, "skipped: it is " + enforce + " already", false));
        } else {
            steps.add(step(setEnforce, () -> change(tenantId, domain, enforce)));
        }
        progress.worked(1);
        StagedRolloutSwitch rollout = new StagedRolloutSwitch(connection, workspace);
        RolloutPolicy policy = rollout.policy();
        String turnOff = "Staged Rollout for MFA → off";
        if (policy == null || !policy.enabled()) {
            steps.add(new RollbackStep(turnOff, "skipped: it is " + (policy == null ? "not set up" : "off already"),
                    false));
        } else {
            steps.add(step(turnOff, () -> rollout.apply(rollout.review(new RolloutChange.Disable(), null))));
        }
        progress.worked(1);
        return steps;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static RollbackStep step(String what, Step step) throws InterruptedException {
        try {
            step.run();
            return new RollbackStep(what, "done", false);
        } catch (InterruptedException e) {
            throw e;
        } catch (PreflightRefusedException e) {
            return new RollbackStep(what, e.getMessage() + " " + String.join(" ", e.reasons()), true);
        } catch (Exception e) {
            return new RollbackStep(what, "refused: " + e.getMessage(), true);
        }
    }

    private Federation change(String tenantId, FederatedDomain domain, String behavior) throws InterruptedException {
        String id = domain.federation().id();
        return JournaledChange.run(workspace, TenantSetting.FEDERATION, tenantId, domain.name(),
                "federatedIdpMfaBehavior → " + behavior, settings.snapshot(domain.name(), id),
                () -> settings.setMfaBehavior(domain.name(), id, behavior),
                answer -> settings.snapshot(domain.name(), id), () -> settings.snapshot(domain.name(), id));
    }

    private FederatedDomain federated(String name) {
        FederatedDomain domain = settings.domain(name);
        if (!domain.hasFederation()) {
            throw new IllegalArgumentException(domain.name() + " is a managed domain: its users already sign in "
                    + "with Entra ID, so it has no federation to switch");
        }
        return domain;
    }
}
