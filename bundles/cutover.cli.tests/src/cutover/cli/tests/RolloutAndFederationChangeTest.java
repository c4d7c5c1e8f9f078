package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.cli.ExitCode;
import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Readiness;
import cutover.core.inventory.ReadinessRecord;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.importers.inventory.readiness.InventoryRoster;
import cutover.importers.inventory.readiness.ReadinessFile;
import cutover.importers.mfaserver.ExportEncoding;
import cutover.importers.mfaserver.MfaServerExportWriter;
import cutover.migration.MigrationSettings;
import cutover.migration.SyncCycle;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changing rollout and federation commands against a local tenant: refused, warned, confirmed, rolled back. */
class RolloutAndFederationChangeTest {

    private static final long SEED = 5;
    private static final String MFA = "multiFactorAuthentication";

    @TempDir
    Path dir;
    private final Cli cli = new Cli();
    private LocalTenant tenant;
    private GraphEmulator emulator;
    private String before;
    private Path workspace;

    @BeforeEach
    void start() throws Exception {
        tenant = LocalTenant.synthetic(SEED, 80);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).writeCapacity(1_000_000).build());
        workspace = dir.resolve("workspace");
        before = System.setProperty("cutover.workspace", workspace.toString());
    }

    @AfterEach
    void stop() {
        emulator.close();
        Cli.restoreWorkspace(before);
    }

    @Test
    void rolloutChangesAreCheckedAndWarningsNeedYes() {
        String url = emulator.baseUrl();
        assertEquals(ExitCode.FAILURE, cli.run("rollout", "add", "All Sales (dynamic)", "--tenant", url, "--yes"));
        assertTrue(cli.out().contains("  BLOCKS   All Sales (dynamic): It is a dynamic group."), cli.out());
        assertTrue(cli.err().contains("Staged Rollout was not changed: the preflight blocks"), cli.err());
        assertEquals(List.of(), tenant.featureRolloutGroupIds(MFA));

        assertEquals(ExitCode.FAILURE, cli.run("rollout", "add", "Staged Rollout Pilot", "--tenant", url));
        assertTrue(cli.out().contains("  WARNING  Staged Rollout Pilot: 10 of its 10 users have no migration "
                + "recorded."), cli.out());
        assertTrue(cli.err().contains("run the command again with --yes"), cli.err());
        assertEquals(List.of(), tenant.featureRolloutGroupIds(MFA), "warnings stop it without --yes");

        assertEquals(ExitCode.OK, cli.run("rollout", "add", "Staged Rollout Pilot", "--tenant", url, "--yes"),
                cli.err());
        assertTrue(cli.out().contains("Done: add the group Staged Rollout Pilot. off ("), cli.out());
        assertEquals(tenant.groupIds("Staged Rollout Pilot"), tenant.featureRolloutGroupIds(MFA));
        assertEquals(ExitCode.OK, cli.run("rollout", "enable", "--tenant", url, "--yes"), cli.err());
        assertEquals(ExitCode.OK, cli.run("rollout", "show", "--tenant", url), cli.err());
        assertTrue(cli.out().contains(": on (\"Cutover: Staged Rollout of cloud MFA\""), cli.out());

        assertEquals(ExitCode.BAD_INPUT, cli.run("rollout", "add", "No Such Group", "--tenant", url));
        assertTrue(cli.err().contains("there is no group \"No Such Group\""), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("rollout", "add", "--tenant", url));
        assertEquals(ExitCode.USAGE, cli.run("rollout", "pause", "--tenant", url));
    }

    @Test
    void theFederationSwitchNeedsAVerifiedGroupMigratedDependenciesAndTheDomainsName() throws Exception {
        String url = emulator.baseUrl();
        assertEquals(ExitCode.FAILURE, cli.run("federation", "set", "--domain", "contoso.com", "--tenant", url,
                "--confirm", "contoso.com"));
        assertTrue(cli.out().contains("  BLOCKS   No verification of the migration group was recorded."), cli.out());
        assertTrue(cli.out().contains("  BLOCKS   No dependency inventory."), cli.out());
        assertTrue(cli.out().contains("  WARNING  Currently unset. Once set"), cli.out());
        assertNull(tenant.federatedIdpMfaBehavior("contoso.com"));

        Path export = dir.resolve("export.jsonl");
        new MfaServerExportWriter(ExportEncoding.JSON_LINES).write(export,
                new SyntheticMfaServerUsers(SEED).users(80).toList());
        GraphConnection graph = GraphConnection.local(CloudProfile.custom("Local", URI.create(url)), "t");
        assertTrue(new SyncCycle(graph, workspace, Map.of(), Map.of(), line -> { }).run(export, "Cutover Migration",
                MigrationSettings.defaults(), new NullProgressMonitor()).complete());
        assertEquals(ExitCode.OK, cli.run("verify", "--group", "Cutover Migration", "--export", export.toString(),
                "--tenant", url), cli.err());
        assertTrue(cli.out().contains(", 0 not migrated, 0 migrated but missing in Entra ID"), cli.out());
        Dependency radius = Dependency.of(DependencyCategory.RADIUS_CLIENT, "nps-01", "vpn", "10.0.0.5", Map.of(),
                List.of());
        InventoryRoster.save(workspace, "collection", Instant.now(), List.of(radius));
        ReadinessFile.save(workspace, List.of(new ReadinessRecord(radius.id(), Readiness.MIGRATED, "", Instant.now())));

        assertEquals(ExitCode.FAILURE, cli.run("federation", "set", "--domain", "contoso.com", "--tenant", url));
        assertTrue(cli.err().contains("To switch, run again with --confirm contoso.com"), cli.err());
        assertEquals(ExitCode.FAILURE, cli.run("federation", "set", "--domain", "contoso.com", "--tenant", url,
                "--confirm", "contoso"));
        assertTrue(cli.err().contains("type the domain's whole name"), cli.err());
        assertNull(tenant.federatedIdpMfaBehavior("contoso.com"), "nothing sent without the right confirmation");
        assertEquals(ExitCode.OK, cli.run("federation", "set", "--domain", "contoso.com", "--tenant", url,
                "--confirm", "contoso.com"), cli.err());
        assertTrue(cli.out().contains("Done: contoso.com federatedIdpMfaBehavior is rejectMfaByFederatedIdp"),
                cli.out());
        assertEquals("rejectMfaByFederatedIdp", tenant.federatedIdpMfaBehavior("contoso.com"));

        assertEquals(ExitCode.FAILURE, cli.run("federation", "rollback", "--domain", "contoso.com", "--tenant", url));
        assertTrue(cli.out().contains("1. contoso.com: federatedIdpMfaBehavior → enforceMfaByFederatedIdp"),
                cli.out());
        assertEquals("rejectMfaByFederatedIdp", tenant.federatedIdpMfaBehavior("contoso.com"), "only the plan");
        assertEquals(ExitCode.OK, cli.run("federation", "rollback", "--domain", "contoso.com", "--tenant", url,
                "--confirm", "contoso.com"), cli.err());
        assertTrue(cli.out().contains("Staged Rollout for MFA → off: skipped: it is not set up"), cli.out());
        assertEquals("enforceMfaByFederatedIdp", tenant.federatedIdpMfaBehavior("contoso.com"));

        assertEquals(ExitCode.BAD_INPUT, cli.run("federation", "set", "--domain", "fabrikam.com", "--tenant", url));
        assertTrue(cli.err().contains("fabrikam.com is a managed domain"), cli.err());
        assertEquals(ExitCode.BAD_INPUT, cli.run("federation", "set", "--domain", "nosuch.com", "--tenant", url));
        assertTrue(cli.err().contains("the tenant has no domain nosuch.com"), cli.err());
        assertEquals(ExitCode.USAGE, cli.run("federation", "set", "--tenant", url));
    }
}
