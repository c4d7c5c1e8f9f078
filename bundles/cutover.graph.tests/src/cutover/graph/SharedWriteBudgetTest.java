package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Another writer (a sync service, a second specialist) has spent most of the app's write budget in the tenant. The
 * pacer learns it from Graph's {@code x-ms-throttle-limit-percentage} and slows down before Graph answers 429.
 */
class SharedWriteBudgetTest {

    private static final int CAPACITY = 300;
    private static final Duration WINDOW = Duration.ofSeconds(30);

    @Test
    void writesSlowDownToWhatGraphSaysIsLeftOfTheBudget() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(3, 120);
        List<String> users = tenant.transitiveUserIds(tenant.groupIds("Cutover Migration").get(0));
        try (GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0)
                .writeCapacity(CAPACITY).writeWindow(WINDOW).build())) {
            GraphConnection other = connect(emulator);
            AtomicInteger done = new AtomicInteger();
            new BatchExecutor(new GraphHttp(other), other.profile().beta(), 4, null, () -> false)
                    .run(writes(users, 255, "other"), counting(done));
            assertEquals(255, done.get(), "the other writer's writes");
            assertEquals(0, other.meter().throttledResponses());

            GraphConnection ours = connect(emulator);
            WritePacer pacer = new WritePacer(CAPACITY, WINDOW.toSeconds() / 0.9);
            done.set(0);
            new BatchExecutor(new GraphHttp(ours), ours.profile().beta(), 1, pacer, () -> false)
                    .run(writes(users, 100, "ours"), counting(done));

            assertEquals(100, done.get(), "every write answered");
            // Measured: 0 with the header taken into account; 11 when the pacer believes the whole budget is its own
            // (it sends into the 45 writes left until the first 429 pauses it)
            assertTrue(ours.meter().throttledResponses() <= 3,
                    "429 answers once Graph reported the budget in use: " + ours.meter().throttledResponses());
            assertTrue(ours.meter().limitPercentage() > 0.8, "Graph reported the share in use");
        }
    }

    private static GraphConnection connect(GraphEmulator emulator) {
        return GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())),
                "test-token");
    }

    private static List<BatchExecutor.Unit> writes(List<String> users, int count, String key) {
        List<BatchExecutor.Unit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "{\"isSystemPreferredAuthenticationMethodEnabled\":" + (i % 2 == 0) + "}";
            units.add(new BatchExecutor.Unit(key + i, List.of(new BatchPart(key + i, "PATCH",
                    "/users/" + users.get(i % users.size()) + "/authentication/signInPreferences", body, null)), 0));
        }
        return units;
    }

    private static BatchExecutor.Handler counting(AtomicInteger done) {
        return new BatchExecutor.Handler() {
            @Override
            public void answered(BatchExecutor.Unit unit, BatchPart part, PartResult result) {
                assertTrue(result.succeeded(), result.error());
                done.incrementAndGet();
            }

            @Override
            public boolean noAnswer(List<BatchExecutor.Unit> units, IOException e) {
                return true;
            }
        };
    }
}
