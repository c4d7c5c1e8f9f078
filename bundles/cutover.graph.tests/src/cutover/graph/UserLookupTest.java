package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.tenant.EntraUser;
import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Users are found by each identifier an export carries; the advanced-query headers go where Graph needs them. */
class UserLookupTest {

    @Test
    void eachKeyFindsItsUserAndOnlyThatUser() throws Exception {
        LocalTenant tenant = LocalTenant.synthetic(8, 300);
        List<EntraUser> users = tenant.snapshot().users();
        try (GraphEmulator emulator = GraphEmulator.start(tenant, EmulatorOptions.builder().port(0).build())) {
            UserLookup lookup = new UserLookup(connect(emulator));
            Map<UserLookup.Key, Function<EntraUser, String>> keys = Map.of(
                    UserLookup.Key.UPN, EntraUser::userPrincipalName,
                    UserLookup.Key.SID, EntraUser::onPremisesSecurityIdentifier,
                    UserLookup.Key.SAM_ACCOUNT_NAME, EntraUser::onPremisesSamAccountName,
                    UserLookup.Key.IMMUTABLE_ID, EntraUser::onPremisesImmutableId,
                    UserLookup.Key.EMPLOYEE_ID, EntraUser::employeeId);
            for (Map.Entry<UserLookup.Key, Function<EntraUser, String>> key : keys.entrySet()) {
                List<EntraUser> having = users.stream().filter(u -> key.getValue().apply(u) != null).toList();
                assertTrue(!having.isEmpty(), "the sample has users with a " + key.getKey());
                EntraUser user = having.get(having.size() / 2);
                String value = key.getValue().apply(user);
                List<UserLookup.FoundUser> found = lookup.find(key.getKey(), value);
                long expected = users.stream().filter(u -> value.equalsIgnoreCase(key.getValue().apply(u))).count();
                assertEquals(expected, found.size(), key.getKey() + " " + value);
                assertTrue(found.stream().anyMatch(f -> f.id().equals(user.objectId())), key.getKey() + " " + value);
            }
            assertEquals(List.of(), lookup.find(UserLookup.Key.SAM_ACCOUNT_NAME, "o'brien-nobody"),
                    "a quote in the value is escaped, and nobody matches");
        }
    }

    @Test
    void withoutTheAdvancedQueryHeadersGraphRefusesTheSameFilter() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(8, 20),
                EmulatorOptions.builder().port(0).build())) {
            GraphConnection connection = connect(emulator);
            GraphException refused = assertThrows(GraphException.class, () -> new GraphHttp(connection)
                    .get(connection.profile().v1(), "/users?$filter=onPremisesSamAccountName%20eq%20'x'", Map.of()));
            assertEquals("Request_UnsupportedQuery", refused.code());
        }
    }

    @Test
    void keysAreNamedOnTheCommandLine() {
        assertEquals(UserLookup.Key.SAM_ACCOUNT_NAME, UserLookup.Key.fromName("sam"));
        assertEquals(UserLookup.Key.IMMUTABLE_ID, UserLookup.Key.fromName("immutable-id"));
        assertThrows(IllegalArgumentException.class, () -> UserLookup.Key.fromName("phone"));
    }

    private static GraphConnection connect(GraphEmulator emulator) {
        return GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())),
                "test-token");
    }
}
