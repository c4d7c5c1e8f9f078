package cutover.migration;

import cutover.core.mfaserver.MfaServerUser;
import cutover.core.plan.MigrationHistory;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import cutover.graph.CloudProfile;
import cutover.graph.GraphConnection;
import cutover.graph.GroupRef;
import cutover.graph.SnapshotReader;
import java.net.URI;
import java.util.List;
import org.eclipse.core.runtime.NullProgressMonitor;

/** A synthetic local tenant served over HTTP, and the matching MFA Server export, for the workflow tests. */
final class LocalWave implements AutoCloseable {

    static final long SEED = 11;

    final LocalTenant tenant;
    final GraphEmulator emulator;
    final GraphConnection connection;

    LocalWave(int users) throws java.io.IOException {
        tenant = LocalTenant.synthetic(SEED, users);
        emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).writeCapacity(1_000_000).build());
        connection = GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())),
                "test-token");
    }

    static List<MfaServerUser> export(int users) {
        return new SyntheticMfaServerUsers(SEED).users(users).toList();
    }

    GroupRef group() {
        return new SnapshotReader(connection).findGroups("Cutover Migration").get(0);
    }

    Wave load(List<MfaServerUser> export, MigrationHistory history) {
        return new WaveLoader(connection).load(group(), export, null, history, new NullProgressMonitor());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
