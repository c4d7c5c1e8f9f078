package cutover.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimRulesTest {

    @Test
    void readsTypeAndValueOfIssueAndAddStatements() {
        String rules = "@RuleName = \"one\"\r\nc:[Type == \"http://schemas.microsoft.com/ws/2008/06/identity/claims/"
                + "groupsid\", Value =~ \"^S-1-5-21-.*-1202$\"]\r\n => issue(Type = \"urn:a\", Value = \"x (y)\");\r\n"
                + "@RuleName = \"two\"\r\nc:[] => add(Type = \"urn:b\", Value = c.Value);\r\n"
                + "c:[Type == \"urn:c\"] => ISSUE ( value = \"v\" , type = \"urn:c\" );";

        List<ClaimRules.IssuedClaim> claims = ClaimRules.issuedClaims(rules);

        assertEquals(List.of(new ClaimRules.IssuedClaim("urn:a", "x (y)"), new ClaimRules.IssuedClaim("urn:b", null),
                new ClaimRules.IssuedClaim("urn:c", "v")), claims);
    }

    @Test
    void ignoresStatementsWithoutAClaimType() {
        String storeQuery = "c:[Type == \"x\"] => issue(store = \"Active Directory\", types = (\"urn:upn\"), "
                + "query = \";userPrincipalName;{0}\", param = c.Value);";

        assertTrue(ClaimRules.issuedClaims(storeQuery).isEmpty());
        assertTrue(ClaimRules.issuedClaims(null).isEmpty());
        assertTrue(ClaimRules.issuedClaims("=> issue(").isEmpty());
    }

    @Test
    void arrowsInsideAStatementAreNotRules() {
        String rules = "c:[] => issue(Type = \"urn:a\", Value = \"x => issue(Type = urn:b)\");\r\n"
                + "c:[] => add(Type = \"urn:c\", Value = \"y\");";

        assertEquals(List.of(new ClaimRules.IssuedClaim("urn:a", "x => issue(Type = urn:b)"),
                new ClaimRules.IssuedClaim("urn:c", "y")), ClaimRules.issuedClaims(rules));
    }

    @Test
    void hostileTextIsReadInLinearTime() {
        String unclosed = "=> issue(Type = \"urn:a\", ".repeat(40_000);
        String nested = "=> issue(".repeat(100_000) + ")".repeat(100_000) + ";";

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(List.of(new ClaimRules.IssuedClaim("urn:a", null)), ClaimRules.issuedClaims(unclosed));
            assertTrue(ClaimRules.issuedClaims(nested).isEmpty());
            assertFalse(ClaimRules.issuesMultipleAuthn(nested));
        });
    }

    @Test
    void detectsTheMfaServerProviderAndMultipleAuthn() {
        assertTrue(ClaimRules.issuesMfaServerProvider("=> issue(Type = \"" + ClaimRules.AUTHN_METHODS_PROVIDERS
                + "\", Value = \"azuremfaserverauthentication\");"));
        assertFalse(ClaimRules.issuesMfaServerProvider("=> issue(Type = \"" + ClaimRules.AUTHN_METHODS_PROVIDERS
                + "\", Value = \"AzureMfaAuthentication\");"));
        assertTrue(ClaimRules.issuesMultipleAuthn("=> issue(Type = \"" + ClaimRules.AUTHENTICATION_METHOD
                + "\", Value = \"" + ClaimRules.MULTIPLE_AUTHN + "\");"));
        assertFalse(ClaimRules.issuesMultipleAuthn("c:[Type == \"" + ClaimRules.AUTHENTICATION_METHOD
                + "\", Value == \""
                + ClaimRules.MULTIPLE_AUTHN + "\"] => issue(claim = c);"));
    }
}
