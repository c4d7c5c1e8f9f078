package cutover.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.connection.FeatureAccess.Feature;
import cutover.graph.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Feature by feature, what a token grants and lacks, read from token-claim fixtures as Entra ID issues them. */
class FeatureAccessTest {

    private static final String AUTHENTICATION_ADMINISTRATOR = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    private static final String REPORTS_READER = "4a5d8f65-41da-4de4-8968-e035b65339cf";
    private static final String HYBRID_IDENTITY_ADMINISTRATOR = "8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2";

    /** A JWT with the payload; the signature is not read (Graph checks it). */
    private static TokenClaims claims(String payload) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return TokenClaims.of(base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(
                StandardCharsets.UTF_8)) + "." + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + ".c2lnbmF0dXJl");
    }

    private static Map<Feature, FeatureAccess> byFeature(TokenClaims claims) {
        List<FeatureAccess> all = FeatureAccess.of(claims);
        assertEquals(List.of(Feature.values()), all.stream().map(FeatureAccess::feature).toList(), "every feature");
        return all.stream().collect(Collectors.toMap(FeatureAccess::feature, Function.identity()));
    }

    @Test
    void aLocalTenantChecksNoPermissions() {
        for (FeatureAccess access : FeatureAccess.of(null)) {
            assertTrue(access.available(), access.toString());
            assertEquals("available (a local tenant checks no permissions)", access.status());
            assertEquals(List.of(), access.missing());
        }
    }

    @Test
    void anAuthenticationAdministratorWithTheMigrationScopesCanMigrateButNotReadAuditLogs() {
        Map<Feature, FeatureAccess> access = byFeature(claims("{\"tid\":\"t\",\"scp\":\"GroupMember.Read.All "
                + "User.Read.All UserAuthenticationMethod.ReadWrite.All Policy.Read.All\",\"wids\":[\""
                + AUTHENTICATION_ADMINISTRATOR + "\"]}"));

        FeatureAccess read = access.get(Feature.READ_TENANT);
        assertTrue(read.available(), read.toString());
        assertEquals(List.of("GroupMember.Read.All", "User.Read.All",
                "UserAuthenticationMethod.Read.All (through UserAuthenticationMethod.ReadWrite.All)",
                "Policy.Read.AuthenticationMethod (through Policy.Read.All)"), read.granted());
        assertEquals("Authentication Administrator (held)", read.roleNeeded());
        assertTrue(access.get(Feature.MIGRATE).available());
        assertTrue(access.get(Feature.FIND_USERS).available());

        FeatureAccess oath = access.get(Feature.HARDWARE_OATH);
        assertFalse(oath.available());
        assertEquals(List.of("Policy.ReadWrite.AuthenticationMethod"), oath.missing());
        assertEquals("missing 1 permission", oath.status());

        FeatureAccess audit = access.get(Feature.AUDIT_LOGS);
        assertEquals(List.of("AuditLog.Read.All", "Directory.Read.All"), audit.missing());
        assertEquals("missing 2 permissions and the directory role", audit.status());
        assertTrue(audit.roleNeeded().startsWith("Reports Reader") && audit.roleNeeded().endsWith("(missing)"),
                audit.roleNeeded());

        FeatureAccess federation = access.get(Feature.FEDERATION);
        assertEquals(List.of("Domain-InternalFederation.ReadWrite.All"), federation.missing());
        assertTrue(federation.roleNeeded().startsWith("Hybrid Identity Administrator"), federation.roleNeeded());
    }

    @Test
    void directoryReadAllAloneDoesNotOpenTheAuditLogs() {
        FeatureAccess audit = byFeature(claims("{\"scp\":\"Directory.Read.All\",\"wids\":[\"" + REPORTS_READER
                + "\"]}")).get(Feature.AUDIT_LOGS);
        assertFalse(audit.available());
        assertEquals(List.of("AuditLog.Read.All"), audit.missing());
        assertEquals(List.of("Directory.Read.All"), audit.granted());
        assertEquals("missing 1 permission", audit.status(), "Reports Reader is the right role");
    }

    @Test
    void aHybridIdentityAdministratorRunsStagedRolloutAndFederation() {
        Map<Feature, FeatureAccess> access = byFeature(claims("{\"scp\":\"Policy.ReadWrite.HybridAuthentication "
                + "Domain.ReadWrite.All\",\"wids\":[\"" + HYBRID_IDENTITY_ADMINISTRATOR + "\"]}"));
        assertTrue(access.get(Feature.STAGED_ROLLOUT).available(), access.get(Feature.STAGED_ROLLOUT).toString());
        FeatureAccess federation = access.get(Feature.FEDERATION);
        assertTrue(federation.available(), federation.toString());
        assertEquals(List.of("Domain-InternalFederation.ReadWrite.All (through Domain.ReadWrite.All)"),
                federation.granted());
        assertFalse(access.get(Feature.READ_TENANT).available(), "a hybrid identity admin reads no methods");
    }

    @Test
    void anAppTokenNeedsNoRoleButCannotRunStagedRollout() {
        Map<Feature, FeatureAccess> access = byFeature(claims("{\"roles\":[\"Directory.ReadWrite.All\","
                + "\"UserAuthenticationMethod.ReadWrite.All\",\"Policy.ReadWrite.AuthenticationMethod\","
                + "\"AuditLog.Read.All\"]}"));
        assertTrue(access.get(Feature.HARDWARE_OATH).available(), access.get(Feature.HARDWARE_OATH).toString());
        assertTrue(access.get(Feature.AUDIT_LOGS).available());
        assertTrue(access.get(Feature.READ_TENANT).roleNeeded().startsWith("none"));

        FeatureAccess rollout = access.get(Feature.STAGED_ROLLOUT);
        assertFalse(rollout.available(), "Graph offers no application permission for feature rollout policies");
        assertEquals(List.of(FeatureAccess.USER_NEEDED), rollout.missing());
        assertEquals("missing a signed-in user", rollout.status());
    }

    @Test
    void aTokenWithoutRolesIsNotJudgedOnThem() {
        FeatureAccess read = byFeature(claims("{\"scp\":\"Directory.Read.All UserAuthenticationMethod.Read.All "
                + "Policy.Read.All\"}")).get(Feature.READ_TENANT);
        assertTrue(read.available(), read.toString());
        assertTrue(read.roleNeeded().contains("not checked"), read.roleNeeded());
    }
}
