package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class StagedRolloutTest {

    private static GraphConnection connect(GraphEmulator emulator) {
        return GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())), "token");
    }

    @Test
    void managesTheMfaPolicyAndItsGroupsFromCreationToDeletion() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(11, 50),
                EmulatorOptions.builder().port(0).build())) {
            GraphConnection connection = connect(emulator);
            StagedRollout rollout = new StagedRollout(connection);
            assertTrue(rollout.policy().isEmpty(), "a synthetic tenant has no Staged Rollout policy");

            StagedRollout.RolloutPolicy created = rollout.create("Cutover MFA pilot", false);
            assertEquals("Cutover MFA pilot", created.displayName());
            assertFalse(created.enabled());
            assertEquals(List.of(), created.groups());

            List<GroupRef> pilots = new SnapshotReader(connection).findGroups("Staged Rollout Pilot");
            assertEquals(1, pilots.size());
            GroupRef pilot = pilots.get(0);
            rollout.addGroup(created.id(), pilot.id());
            StagedRollout.RolloutPolicy read = rollout.policy().orElseThrow();
            assertEquals(created.id(), read.id());
            assertEquals(List.of(pilot), read.groups());

            assertTrue(rollout.setEnabled(created.id(), true).enabled());
            assertTrue(rollout.policy().orElseThrow().enabled());
            StagedRollout.RolloutPolicy disabled = rollout.setEnabled(created.id(), false);
            assertFalse(disabled.enabled());
            assertEquals(List.of(pilot), disabled.groups(), "read back with its groups");

            GraphException twice = assertThrows(GraphException.class, () -> rollout.addGroup(created.id(),
                    pilot.id()));
            assertEquals(400, twice.status());
            assertEquals("Request_BadRequest", twice.code());
            assertTrue(twice.getMessage().contains("already exist"), twice.getMessage());

            rollout.removeGroup(created.id(), pilot.id());
            assertEquals(List.of(), rollout.policy().orElseThrow().groups());
            GraphException notThere = assertThrows(GraphException.class, () -> rollout.removeGroup(created.id(),
                    pilot.id()));
            assertEquals(404, notThere.status());

            rollout.delete(created.id());
            assertTrue(rollout.policy().isEmpty());
        }
    }

    @Test
    void refusesASecondMfaPolicyWithGraphsMessage() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(12, 20),
                EmulatorOptions.builder().port(0).build())) {
            StagedRollout rollout = new StagedRollout(connect(emulator));
            StagedRollout.RolloutPolicy first = rollout.create("First", true);
            assertTrue(first.enabled());
            GraphException second = assertThrows(GraphException.class, () -> rollout.create("Second", true));
            assertEquals(400, second.status());
            assertTrue(second.getMessage().contains("one policy per feature"), second.getMessage());
            assertEquals(first.id(), rollout.policy().orElseThrow().id());
        }
    }
}
