package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.FaultRates;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Requests Cutover builds itself go through the SDK's retry middleware too; a 503 on them is retried (the
 * middleware once failed on them with a NullPointerException for want of a tracing span).
 */
class RawRequestRetryTest {

    @Test
    void aRawRequestAnswered503IsRetriedByTheSdk() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(2, 50);
        EmulatorOptions options = EmulatorOptions.builder().port(0).randomSeed(5)
                .faults(FaultRates.none().withUnavailable(0.4).withThrottleRetryAfterSeconds(1)).build();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, options)) {
            GraphConnection connection = GraphConnection.local(CloudProfile.custom("Local tenant",
                    URI.create(emulator.baseUrl())), "test-token");
            for (int i = 0; i < 8; i++) {
                assertEquals(tenant.tenantId(), new SnapshotReader(connection).tenantId());
            }
        }
    }
}
