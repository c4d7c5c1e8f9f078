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

    @Test
    void readingAuditLogsNeedsAuditLogReadAllBesidesDirectoryReadAllAndAReportsRole() {
        TokenClaims directoryOnly = TokenClaims.of(token("{\"scp\":\"Directory.Read.All\",\"wids\":[\""
                + Preflight.GLOBAL_READER + "\"]}"));
        Preflight.Check check = Preflight.check(directoryOnly, Preflight.Operation.READ_AUDIT_LOGS);
        assertEquals(List.of("AuditLog.Read.All"), check.missingPermissions());
        assertEquals(List.of("Directory.Read.All"), check.granted());
        assertTrue(!check.roleMissing(), "Global Reader may read the audit logs");

        TokenClaims reader = TokenClaims.of(token("{\"scp\":\"AuditLog.Read.All Directory.ReadWrite.All\","
                + "\"wids\":[\"" + Preflight.REPORTS_READER + "\"]}"));
        Preflight.Check passed = Preflight.check(reader, Preflight.Operation.READ_AUDIT_LOGS);
        assertTrue(passed.passed(), passed.toString());
        assertEquals(List.of("AuditLog.Read.All", "Directory.Read.All (through Directory.ReadWrite.All)"),
                passed.granted());

        TokenClaims helpdesk = TokenClaims.of(token("{\"scp\":\"AuditLog.Read.All Directory.Read.All\","
                + "\"wids\":[\"" + Preflight.AUTHENTICATION_ADMINISTRATOR + "\"]}"));
        assertEquals(List.of("directory role Reports Reader (or Security Reader, Security Operator, Security "
                + "Administrator, Global Reader) for the signed-in user (to read the directory audit logs)"),
                Preflight.missing(helpdesk, Preflight.Operation.READ_AUDIT_LOGS));
    }

    @Test
    void stagedRolloutNeedsASignedInHybridIdentityAdministrator() {
        TokenClaims app = TokenClaims.of(token("{\"roles\":[\"Directory.ReadWrite.All\"]}"));
        Preflight.Check appCheck = Preflight.check(app, Preflight.Operation.STAGED_ROLLOUT);
        assertTrue(appCheck.userNeeded(), "Graph has no application permission for feature rollout policies");
        assertTrue(!appCheck.passed());
        assertEquals(List.of("a signed-in user: Graph has no application permission to manage Staged Rollout of "
                + "cloud authentication"), Preflight.missing(app, Preflight.Operation.STAGED_ROLLOUT));

        TokenClaims hybrid = TokenClaims.of(token("{\"scp\":\"Policy.ReadWrite.HybridAuthentication\","
                + "\"wids\":[\"" + Preflight.HYBRID_IDENTITY_ADMINISTRATOR + "\"]}"));
        assertTrue(Preflight.check(hybrid, Preflight.Operation.STAGED_ROLLOUT).passed());

        TokenClaims authAdmin = TokenClaims.of(token("{\"scp\":\"Policy.ReadWrite.HybridAuthentication\","
                + "\"wids\":[\"" + Preflight.AUTHENTICATION_ADMINISTRATOR + "\"]}"));
        assertTrue(Preflight.check(authAdmin, Preflight.Operation.STAGED_ROLLOUT).roleMissing());
    }

    @Test
    void federationSettingsAcceptTheBroaderDomainPermissionAndAnAppToken() {
        TokenClaims app = TokenClaims.of(token("{\"roles\":[\"Domain.ReadWrite.All\"]}"));
        Preflight.Check check = Preflight.check(app, Preflight.Operation.FEDERATION_SETTINGS);
        assertTrue(check.passed(), check.toString());
        assertTrue(!check.roleChecked(), "an application's token has no directory role to check");
        assertEquals(List.of("Domain-InternalFederation.ReadWrite.All (through Domain.ReadWrite.All)"),
                check.granted());

        TokenClaims none = TokenClaims.of(token("{\"scp\":\"Domain.Read.All\",\"wids\":[\""
                + Preflight.DOMAIN_NAME_ADMINISTRATOR + "\"]}"));
        assertEquals(List.of("delegated permission Domain-InternalFederation.ReadWrite.All (to read and change the "
                + "federation settings of domains)"), Preflight.missing(none, Preflight.Operation.FEDERATION_SETTINGS));
    }
}
