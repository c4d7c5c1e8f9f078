package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class RolloutGroupFactsTest {

    private static GraphConnection connect(GraphEmulator emulator) {
        return GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())), "token");
    }

    private static GroupRef only(GraphConnection connection, String name) {
        List<GroupRef> groups = new SnapshotReader(connection).findGroups(name);
        assertEquals(1, groups.size(), name);
        return groups.get(0);
    }

    @Test
    void thePilotGroupHoldsTenUsersAndTheMigrationGroupOnlyWaves() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(31, 60),
                EmulatorOptions.builder().port(0).build())) {
            GraphConnection connection = connect(emulator);
            RolloutGroupFacts reader = new RolloutGroupFacts(connection);

            GroupRef pilot = only(connection, "Staged Rollout Pilot");
            RolloutGroupFacts.GroupFacts facts = reader.read(pilot.id(), new NullProgressMonitor());
            assertEquals(pilot.id(), facts.id());
            assertEquals("Staged Rollout Pilot", facts.displayName());
            assertFalse(facts.dynamic());
            assertEquals(10, facts.users());
            assertEquals(0, facts.nestedGroups());
            assertEquals(0, facts.contacts());
            assertEquals(List.of(), facts.cloudOnlyUpns(), "the synthetic users are all synchronised");
            Set<String> members = new SnapshotReader(connection).members(pilot, new NullProgressMonitor()).stream()
                    .map(u -> u.getUserPrincipalName()).collect(Collectors.toSet());
            assertEquals(members, Set.copyOf(facts.userUpns()));

            emulator.tenant().addCloudOnlyUser("c10d0000-0000-4000-8000-000000000001", "guest.admin@contoso.com",
                    pilot.id());
            RolloutGroupFacts.GroupFacts withCloudOnly = reader.read(pilot.id(), new NullProgressMonitor());
            assertEquals(11, withCloudOnly.users());
            assertEquals(List.of("guest.admin@contoso.com"), withCloudOnly.cloudOnlyUpns());

            RolloutGroupFacts.GroupFacts dynamic = reader.read(only(connection, "All Sales (dynamic)").id(),
                    new NullProgressMonitor());
            assertTrue(dynamic.dynamic());
            RolloutGroupFacts.GroupFacts partners = reader.read(only(connection, "Partner Pilot").id(),
                    new NullProgressMonitor());
            assertEquals(2, partners.contacts());
            assertEquals(10, partners.users());
            assertFalse(partners.dynamic());

            GroupRef migration = only(connection, "Cutover Migration");
            RolloutGroupFacts.GroupFacts nested = reader.read(migration.id(), new NullProgressMonitor());
            assertTrue(nested.nestedGroups() >= 3 && nested.nestedGroups() <= 5, "its waves: " + nested);
            assertEquals(0, nested.users(), "users sit in the waves only");

            GraphException unknown = assertThrows(GraphException.class,
                    () -> reader.read("00000000-0000-0000-0000-000000000000", new NullProgressMonitor()));
            assertEquals(404, unknown.status());
        }
    }

    @Test
    void pagesThroughMoreThan999DirectMembers() throws Exception {
        // seed 0: three waves, and wave 2 has no nested site, so about a third of the users are its direct members
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(0, 4_000),
                EmulatorOptions.builder().port(0).build())) {
            GraphConnection connection = connect(emulator);
            GroupRef wave = only(connection, "Cutover Wave 2");
            int expected = new SnapshotReader(connection).members(wave, new NullProgressMonitor()).size();
            assertTrue(expected > 999, "needs a second page: " + expected);
            long before = connection.meter().requests();
            RolloutGroupFacts.GroupFacts facts = new RolloutGroupFacts(connection).read(wave.id(),
                    new NullProgressMonitor());
            assertEquals(expected, facts.users());
            assertEquals(0, facts.nestedGroups());
            assertEquals(expected, Set.copyOf(facts.userUpns()).size());
            assertTrue(connection.meter().requests() - before >= 3, "the group and two pages of members");
        }
    }

    @Test
    void tellsMemberKindsAndSyncedUsersApart() {
        List<JsonObject> members = new ArrayList<>();
        members.add(member("#microsoft.graph.user", "synced@contoso.com", Boolean.TRUE));
        members.add(member("#microsoft.graph.user", "cloud@contoso.com", Boolean.FALSE));
        members.add(member("#microsoft.graph.user", "unset@contoso.com", null));
        members.add(member("#microsoft.graph.group", null, null));
        members.add(member("#microsoft.graph.orgContact", null, null));
        members.add(member("#microsoft.graph.device", null, null));
        RolloutGroupFacts.GroupFacts facts = RolloutGroupFacts.tally("g", "G", true, members);
        assertEquals(3, facts.users());
        assertEquals(1, facts.nestedGroups());
        assertEquals(1, facts.contacts());
        assertEquals(List.of("synced@contoso.com", "cloud@contoso.com", "unset@contoso.com"), facts.userUpns());
        assertEquals(List.of("cloud@contoso.com", "unset@contoso.com"), facts.cloudOnlyUpns());
        assertTrue(facts.dynamic());
    }

    private static JsonObject member(String type, String upn, Boolean synced) {
        JsonObject json = new JsonObject();
        json.addProperty("@odata.type", type);
        json.addProperty("id", java.util.UUID.randomUUID().toString());
        if (upn != null) {
            json.addProperty("userPrincipalName", upn);
        }
        if (synced != null) {
            json.addProperty("onPremisesSyncEnabled", synced);
        }
        return json;
    }
}
