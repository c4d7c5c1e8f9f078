package cutover.rollout.tenant;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import java.net.URI;
import java.util.List;

/** A synthetic local tenant served over HTTP for the switch tests. */
final class LocalTenantFixture implements AutoCloseable {

    static final long SEED = 11;

    final LocalTenant tenant;
    final GraphEmulator emulator;
    final GraphConnection connection;

    LocalTenantFixture(int users) throws java.io.IOException {
        this(users, SEED);
    }

    LocalTenantFixture(int users, long seed) throws java.io.IOException {
        tenant = LocalTenant.synthetic(seed, users);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).writeCapacity(1_000_000).build());
        connection = GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())),
                "test-token");
    }

    GroupRef group(String name) {
        List<GroupRef> found = new SnapshotReader(connection).findGroups(name);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " groups named " + name);
        }
        return found.get(0);
    }

    /** The ids of the groups the MFA rollout policy applies to. */
    List<String> rolloutGroupIds() {
        return tenant.featureRolloutGroupIds("multiFactorAuthentication");
    }

    @Override
    public void close() {
        emulator.close();
    }
}
