package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The permission preflight reads what a token grants and says everything that is missing. */
class PreflightTest {

    private static String token(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void aDelegatedTokenWithTheScopesAndTheRolePasses() {
        TokenClaims claims = TokenClaims.of(token("{\"tid\":\"t1\",\"scp\":\"GroupMember.Read.All User.Read.All "
                + "UserAuthenticationMethod.ReadWrite.All Policy.Read.All\",\"wids\":[\""
                + Preflight.PRIVILEGED_AUTHENTICATION_ADMINISTRATOR + "\"]}"));
        assertTrue(claims.delegated());
        assertEquals("t1", claims.tenantId());
        assertEquals(List.of(), Preflight.missing(claims, Preflight.Operation.SNAPSHOT, Preflight.Operation.APPLY));
    }

    @Test
    void everythingMissingIsSaidAtOnce() {
        TokenClaims claims = TokenClaims.of(token("{\"scp\":\"User.Read.All\",\"wids\":[\"b79fbf4d-3ef9-4689-8143-"
                + "76b194e85509\"]}"));
        List<String> missing = Preflight.missing(claims, Preflight.Operation.SNAPSHOT, Preflight.Operation.APPLY);
        assertEquals(6, missing.size(), missing.toString()); // three reads, one write, two roles
        assertTrue(missing.get(0).startsWith("delegated permission GroupMember.Read.All"), missing.get(0));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("directory role Authentication Administrator")));
        assertTrue(missing.stream().anyMatch(m -> m.startsWith("directory role Privileged Authentication")));
        assertTrue(missing.stream().anyMatch(m -> m.contains("UserAuthenticationMethod.ReadWrite.All")));
    }

    @Test
    void anAppTokenIsCheckedOnItsRolesAndNeedsNoDirectoryRole() {
        TokenClaims claims = TokenClaims.of(token("{\"roles\":[\"Directory.Read.All\","
                + "\"UserAuthenticationMethod.Read.All\",\"Policy.Read.All\"]}"));
        assertEquals(List.of(), Preflight.missing(claims, Preflight.Operation.SNAPSHOT));
        assertEquals(List.of("application permission UserAuthenticationMethod.ReadWrite.All (to write phone methods "
                + "and default methods)"), Preflight.missing(claims, Preflight.Operation.APPLY));
    }
}
