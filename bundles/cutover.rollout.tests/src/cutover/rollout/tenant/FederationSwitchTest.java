package cutover.rollout.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.importers.inventory.readiness.ReadinessFile;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.migration.GroupVerification;
import cutover.migration.MigrationSettings;
import cutover.migration.SyncCycle;
import cutover.rollout.FederationSwitchRule;
import cutover.store.EntryState;
import cutover.store.Journal;
import cutover.store.RunKind;
import cutover.store.TenantChange;
import cutover.store.TenantSetting;
import cutover.store.Verification;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switch of contoso.com to rejectMfaByFederatedIdp against the local tenant: offered only when the workspace
 * shows users migrated and verified and dependencies migrated, confirmed by the domain's name, journaled with the
 * federation as it was; and the guide's rollback.
 */
@Timeout(180)
class FederationSwitchTest {

    private static final NullProgressMonitor NONE = new NullProgressMonitor();
    private static final String DOMAIN = "contoso.com";

    @TempDir
    Path workspace;

    private static List<FederationSwitchRule> blocking(DomainReview review) {
        return review.findings().stream().filter(f -> f.rule().blocks).map(f -> f.rule()).toList();
    }

    private static List<Dependency> dependencies() {
        return List.of(
                Dependency.of(DependencyCategory.RADIUS_CLIENT, "nps-01", "vpn-gateway", "10.0.0.5", Map.of(),
                        List.of()),
                Dependency.of(DependencyCategory.ADFS_RELYING_PARTY, "adfs-01", "Payroll", "https://payroll",
                        Map.of(), List.of()));
    }

    private void readiness(Readiness first, Readiness second) throws Exception {
        List<Dependency> dependencies = dependencies();
        ReadinessFile.save(workspace, List.of(
                new ReadinessRecord(dependencies.get(0).id(), first, "", Instant.now()),
                new ReadinessRecord(dependencies.get(1).id(), second, "", Instant.now())));
    }

    @Test
    void nothingIsOfferedOrSentUntilTheWorkspaceShowsTheGroupMigratedVerifiedAndTheDependenciesMigrated()
            throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(80)) {
            FederationSwitch federation = new FederationSwitch(local.connection, workspace);
            DomainReview empty = federation.review(DOMAIN, NONE);
            assertNull(empty.behavior(), "the synthetic domain has it unset");
            assertEquals(List.of(FederationSwitchRule.USERS_NOT_VERIFIED, FederationSwitchRule.NO_INVENTORY),
                    blocking(empty));
            assertThrows(PreflightRefusedException.class, () -> federation.switchToReject(empty, DOMAIN));
            assertNull(local.tenant.federatedIdpMfaBehavior(DOMAIN), "nothing was sent");

            Path export = workspace.resolve("export.jsonl");
            new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(export,
                    new SyntheticMfaServerUsers(LocalTenantFixture.SEED).users(80).toList());
            Verification before = GroupVerification.run(local.connection, workspace, export, "Cutover Migration",
                    MigrationSettings.defaults(), line -> { }, NONE).recorded();
            assertFalse(before.notMigrated().isEmpty(), "nobody migrated yet");
            DomainReview unmigrated = federation.review(DOMAIN, NONE);
            assertEquals(before.notMigrated(), unmigrated.findings().get(0).concerned(), "listed by name");
            assertEquals(FederationSwitchRule.USERS_NOT_MIGRATED, unmigrated.findings().get(0).rule());

            SyncCycle.Result migrated = new SyncCycle(local.connection, workspace, Map.of(), Map.of(), line -> { })
                    .run(export, "Cutover Migration", MigrationSettings.defaults(), NONE);
            assertTrue(migrated.complete(), migrated.toString());
            assertTrue(blocking(federation.review(DOMAIN, NONE)).contains(FederationSwitchRule.USERS_NOT_VERIFIED),
                    "the verification is older than the run");
            Verification after = GroupVerification.run(local.connection, workspace, export, "Cutover Migration",
                    MigrationSettings.defaults(), line -> { }, NONE).recorded();
            assertTrue(after.clean(), after.toString());

            InventoryRoster.save(workspace, "collection", Instant.now(), dependencies());
            readiness(Readiness.MIGRATED, Readiness.IN_PROGRESS);
            DomainReview oneLeft = federation.review(DOMAIN, NONE);
            assertEquals(List.of(FederationSwitchRule.DEPENDENCIES_NOT_MIGRATED), blocking(oneLeft));
            assertEquals(List.of("AD FS relying party trust Payroll (adfs-01)"),
                    oneLeft.findings().get(0).concerned());
            assertThrows(PreflightRefusedException.class, () -> federation.switchToReject(oneLeft, DOMAIN));

            readiness(Readiness.MIGRATED, Readiness.VERIFIED);
            DomainReview ready = federation.review(DOMAIN, NONE);
            assertTrue(ready.allowed(), ready.findings().toString());
            PreflightRefusedException wrongName = assertThrows(PreflightRefusedException.class,
                    () -> federation.switchToReject(ready, "contoso"));
            assertTrue(wrongName.getMessage().contains("type the domain's whole name"), wrongName.getMessage());
            assertNull(local.tenant.federatedIdpMfaBehavior(DOMAIN), "a wrong confirmation sends nothing");
            try (Journal journal = Journal.open(workspace)) {
                assertEquals(List.of(), journal.tenantChanges());
            }

            assertEquals("rejectMfaByFederatedIdp", federation.switchToReject(ready, " Contoso.com")
                    .federatedIdpMfaBehavior());
            assertEquals("rejectMfaByFederatedIdp", local.tenant.federatedIdpMfaBehavior(DOMAIN));
            try (Journal journal = Journal.open(workspace)) {
                TenantChange change = journal.tenantChanges().get(0);
                assertEquals(TenantSetting.FEDERATION, change.setting());
                assertEquals(DOMAIN, change.subject());
                assertEquals(EntryState.CONFIRMED, change.state());
                assertTrue(change.before().contains("issuerUri"), "the whole federation: " + change.before());
                assertFalse(change.before().contains("rejectMfaByFederatedIdp"), change.before());
                assertTrue(change.after().contains("rejectMfaByFederatedIdp"), change.after());
            }
            assertEquals(List.of(FederationSwitchRule.ALREADY_SET), blocking(federation.review(DOMAIN, NONE)));
        }
    }

    @Test
    void rollbackEnforcesTheFederationServersMfaAndSwitchesStagedRolloutOff() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(60)) {
            StagedRolloutSwitch rollout = new StagedRolloutSwitch(local.connection, workspace);
            rollout.apply(rollout.review(new RolloutChange.Add("Staged Rollout Pilot"), NONE));
            rollout.apply(rollout.review(new RolloutChange.Enable(), NONE));
            new cutover.graph.FederationSettings(local.connection).setMfaBehavior(DOMAIN,
                    federationId(local), "rejectMfaByFederatedIdp");

            List<RollbackStep> steps = new FederationSwitch(local.connection, workspace).rollback(DOMAIN, NONE);
            assertEquals(2, steps.size());
            assertTrue(steps.stream().noneMatch(RollbackStep::failed), steps.toString());
            assertEquals("enforceMfaByFederatedIdp", local.tenant.federatedIdpMfaBehavior(DOMAIN));
            assertFalse(rollout.policy().enabled());
            try (Journal journal = Journal.open(workspace)) {
                List<TenantChange> changes = journal.tenantChanges();
                TenantChange domain = changes.get(changes.size() - 2);
                assertEquals(TenantSetting.FEDERATION, domain.setting());
                assertTrue(domain.before().contains("rejectMfaByFederatedIdp"), domain.before());
                assertEquals(TenantSetting.STAGED_ROLLOUT, changes.get(changes.size() - 1).setting());
            }

            List<RollbackStep> again = new FederationSwitch(local.connection, workspace).rollback(DOMAIN, NONE);
            assertTrue(again.stream().allMatch(s -> s.outcome().startsWith("skipped")), again.toString());
        }
    }

    @Test
    void writesAfterTheVerificationMakeItStaleAndAManagedDomainHasNothingToSwitch() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(20)) {
            try (Journal journal = Journal.open(workspace)) {
                journal.recordVerification(new Verification(Instant.now().minusSeconds(60), local.tenant.tenantId(),
                        "g", "Cutover Migration", 20, 20, 0, 0, List.of(), List.of()));
                journal.startRun(RunKind.SYNC, null, local.tenant.tenantId(), "sync", List.of(
                        new cutover.store.JournalWrite(0, "ana@contoso.com", "00000000-0000-4000-8000-000000000001",
                                "POST", "/v1.0/users/x/authentication/phoneMethods", null, "PHONE", null)));
            }
            DomainReview review = new FederationSwitch(local.connection, workspace).review(DOMAIN, NONE);
            String why = review.findings().get(0).found();
            assertTrue(why.contains("older than 1 run(s)"), why);
            List<String> managed = new ArrayList<>(local.tenant.domainNames());
            managed.remove(DOMAIN);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> new FederationSwitch(local.connection, workspace).review(managed.get(0), NONE));
            assertTrue(refused.getMessage().contains("managed domain"), refused.getMessage());
        }
    }

    @Test
    void aSwitchIsCheckedAgainJustBeforeItIsSent() throws Exception {
        try (LocalTenantFixture local = new LocalTenantFixture(20)) {
            FederationSwitch federation = new FederationSwitch(local.connection, workspace);
            try (Journal journal = Journal.open(workspace)) {
                journal.recordVerification(new Verification(Instant.now(), local.tenant.tenantId(), "g",
                        "Cutover Migration", 20, 20, 0, 0, List.of(), List.of()));
            }
            InventoryRoster.save(workspace, "collection", Instant.now(), dependencies());
            readiness(Readiness.MIGRATED, Readiness.MIGRATED);
            DomainReview ready = federation.review(DOMAIN, NONE);
            assertTrue(ready.allowed(), ready.findings().toString());

            readiness(Readiness.MIGRATED, Readiness.IN_PROGRESS);
            PreflightRefusedException dependency = assertThrows(PreflightRefusedException.class,
                    () -> federation.switchToReject(ready, DOMAIN));
            assertTrue(dependency.getMessage().contains("checked again just now, the preflight blocks it"),
                    dependency.getMessage());
            readiness(Readiness.MIGRATED, Readiness.MIGRATED);

            new cutover.graph.FederationSettings(local.connection).setMfaBehavior(DOMAIN, federationId(local),
                    "acceptIfMfaDoneByFederatedIdp");
            PreflightRefusedException changed = assertThrows(PreflightRefusedException.class,
                    () -> federation.switchToReject(ready, DOMAIN));
            assertTrue(changed.getMessage().contains("its federatedIdpMfaBehavior changed"), changed.getMessage());
            assertEquals("acceptIfMfaDoneByFederatedIdp", local.tenant.federatedIdpMfaBehavior(DOMAIN));
            try (Journal journal = Journal.open(workspace)) {
                assertEquals(List.of(), journal.tenantChanges(), "nothing was sent");
            }
        }
    }

    private static String federationId(LocalTenantFixture local) {
        return new cutover.graph.FederationSettings(local.connection).domain(DOMAIN).federation().id();
    }
}
