package cutover.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.cli.ExitCode;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.FederationSettings;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import cutover.graph.StagedRollout;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@code cutover rollout show} and {@code cutover federation show} against a local tenant, before and after. */
class RolloutAndFederationShowTest {

    private final Cli cli = new Cli();

    @Test
    void showsTheRolloutPolicyAndEachDomainsMfaBehavior() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(4, 200),
                EmulatorOptions.builder().port(0).build())) {
            String url = emulator.baseUrl();
            assertEquals(ExitCode.OK, cli.run("rollout", "show", "--tenant", url), cli.err());
            assertTrue(cli.out().startsWith("No Staged Rollout policy for MFA"), cli.out());
            assertEquals(ExitCode.OK, cli.run("federation", "show", "--tenant", url), cli.err());
            assertTrue(cli.out().contains("  contoso.com  federated with http://sts.contoso.com/adfs/services/trust"
                    + "  federatedIdpMfaBehavior: unset"), cli.out());
            assertTrue(cli.out().contains("  fabrikam.com  managed"), cli.out());

            GraphConnection graph = GraphConnection.local(CloudProfile.custom("Local", URI.create(url)), "t");
            StagedRollout rollout = new StagedRollout(graph);
            GroupRef pilot = new SnapshotReader(graph).findGroups("Staged Rollout Pilot").get(0);
            String id = rollout.create("Cloud MFA pilot", true).id();
            rollout.addGroup(id, pilot.id());
            FederationSettings federation = new FederationSettings(graph);
            String federationId = federation.domains().stream().filter(d -> d.name().equals("contoso.com"))
                    .findFirst().orElseThrow().federation().id();
            federation.setMfaBehavior("contoso.com", federationId, FederationSettings.ENFORCE_MFA_BY_FEDERATED_IDP);

            assertEquals(ExitCode.OK, cli.run("rollout", "show", "--tenant", url), cli.err());
            assertTrue(cli.out().contains(": on (\"Cloud MFA pilot\", id " + id + "), 1 group(s)"), cli.out());
            assertTrue(cli.out().contains("  Staged Rollout Pilot  (" + pilot.id() + ")"), cli.out());
            assertEquals(ExitCode.OK, cli.run("federation", "show", "--tenant", url), cli.err());
            assertTrue(cli.out().contains("federatedIdpMfaBehavior: enforceMfaByFederatedIdp"), cli.out());

            assertEquals(ExitCode.USAGE, cli.run("federation", "unset", "--tenant", url));
            assertTrue(cli.err().contains("unknown federation action \"unset\": show, set, rollback"), cli.err());
        }
    }
}
