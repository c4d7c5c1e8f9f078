package cutover.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cutover.core.tenant.EntraUser;
import cutover.core.tenant.PhoneType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void parallelWritesAndReadsLeaveAConsistentTenant() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(TestTenants.options().seed(4).users(300).build())) {
            List<EntraUser> users = emulator.tenant().snapshot().users().stream()
                    .filter(u -> u.phone(PhoneType.OFFICE) == null).limit(120).toList();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                String base = emulator.baseUrl() + "/v1.0/users/" + users.get(i).objectId();
                calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/authentication/phoneMethods"))
                        .header("Authorization", EmulatorHttp.TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"phoneNumber\":\"+1 42555" + (10_000 + i)
                                + "\",\"phoneType\":\"office\"}")).build(), HttpResponse.BodyHandlers.ofString()));
                calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base))
                        .header("Authorization", EmulatorHttp.TOKEN).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(i % 2 == 0 ? 201 : 200, calls.get(i).join().statusCode());
            }
            for (int i = 0; i < users.size(); i++) {
                EntraUser user = emulator.tenant().user(users.get(i).objectId()).orElseThrow();
                assertEquals("+1 42555" + (10_000 + i), user.phone(PhoneType.OFFICE).phoneNumber());
            }
            WriteStats stats = emulator.stats();
            assertEquals(users.size(), stats.total());
            assertEquals(users.size(), stats.applied());
            assertEquals(0, stats.duplicateWrites());
        }
    }
}
