package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.FaultRates;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A read whose connection drops before any answer is sent again (a pooled connection the server had closed looks
 * the same to the client).
 */
class ReadRetryTest {

    @Test
    void readsSurviveDroppedConnections() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(2, 50);
        EmulatorOptions options = EmulatorOptions.builder().port(0).randomSeed(3)
                .faults(FaultRates.none().withConnectionReset(0.2)).build();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "test-token");
            for (int i = 0; i < 30; i++) {
                assertEquals(tenant.tenantId(), new SnapshotReader(connection).tenantId(), "read " + i);
            }
            assertTrue(connection.resentReads() > 0, "connections were dropped and the reads sent again");
        }
    }
}
