package cutover.core.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnPremisesIdentityTest {

    private static final String SID = "S-1-5-21-1004336348-1177238915-682003330-1104";
    private static final String GUID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

    @Test
    void keepsAllValues() {
        OnPremisesIdentity identity = new OnPremisesIdentity("alex.wu@contoso.com", SID, "awu", GUID,
                "CN=Wu\\, Alex,OU=Users,DC=contoso,DC=com", "Wu, Alex", "alex.wu@contoso.com", "004711");

        assertEquals("alex.wu@contoso.com", identity.userPrincipalName());
        assertEquals(SID, identity.securityIdentifier());
        assertEquals("awu", identity.samAccountName());
        assertEquals(GUID, identity.objectGuid());
        assertEquals("CN=Wu\\, Alex,OU=Users,DC=contoso,DC=com", identity.distinguishedName());
        assertEquals("Wu, Alex", identity.displayName());
        assertEquals("004711", identity.employeeId());
    }

    @Test
    void blankOptionalValuesBecomeNull() {
        OnPremisesIdentity identity = new OnPremisesIdentity("a@b", " ", "", "", "  ", "", "", " ");

        assertNull(identity.securityIdentifier());
        assertNull(identity.samAccountName());
        assertNull(identity.objectGuid());
        assertNull(identity.distinguishedName());
        assertNull(identity.displayName());
        assertNull(identity.mail());
        assertNull(identity.employeeId());
        assertEquals(OnPremisesIdentity.ofUpn("a@b"), identity);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "alex.wu", "@contoso.com", "alex.wu@", "alex wu@contoso.com",
        "alex.wu@contoso.com\n", "alex\u00A0wu@contoso.com"})
    void rejectsBadUserPrincipalNames(String upn) {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class, () -> OnPremisesIdentity.ofUpn(upn));

        assertEquals("userPrincipalName", problem.field());
        assertTrue(problem.getMessage().startsWith("user principal name"), problem.getMessage());
    }

    @Test
    void missingUserPrincipalNameIsNamed() {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class, () -> OnPremisesIdentity.ofUpn(null));

        assertEquals("user principal name is missing", problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"S-1-", "S-1-5-", "s-1-5-21-1-2-3-4", "S-1-5-21-abc", "1-5-21-1", "S-1-5--21",
        "S-1-5-21-1234567890123456"})
    void rejectsMalformedSecurityIdentifiers(String sid) {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class,
                () -> new OnPremisesIdentity("a@b", sid, null, null, null, null, null, null));

        assertEquals("securityIdentifier", problem.field());
        assertTrue(problem.getMessage().contains("must look like S-1-5-21-"), problem.getMessage());
    }

    @Test
    void acceptsWellKnownAndDomainSecurityIdentifiers() {
        assertEquals("S-1-5-18",
                new OnPremisesIdentity("a@b", "S-1-5-18", null, null, null, null, null, null).securityIdentifier());
        assertEquals(SID, new OnPremisesIdentity("a@b", SID, null, null, null, null, null, null).securityIdentifier());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-guid", "{1b4e28ba-2fa1-11d2-883f-0016d3cca427}", "1b4e28ba2fa111d2883f0016d3cca427",
        "1b4e28ba-2fa1-11d2-883f-0016d3cca42g", "1b4e28ba-2fa1-11d2-883f_0016d3cca427"})
    void rejectsMalformedGuids(String guid) {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class,
                () -> new OnPremisesIdentity("a@b", null, null, guid, null, null, null, null));

        assertEquals("objectGuid", problem.field());
        assertTrue(problem.getMessage().contains("32 hex digits"), problem.getMessage());
    }

    @Test
    void acceptsUpperCaseGuids() {
        String upper = GUID.toUpperCase(java.util.Locale.ROOT);
        assertEquals(upper, new OnPremisesIdentity("a@b", null, null, upper, null, null, null, null).objectGuid());
    }

    @Test
    void rejectsMailWithoutAtAndDnWithoutAttributes() {
        InvalidFieldException mail = assertThrows(InvalidFieldException.class,
                () -> new OnPremisesIdentity("a@b", null, null, null, null, null, "alex", null));
        InvalidFieldException dn = assertThrows(InvalidFieldException.class,
                () -> new OnPremisesIdentity("a@b", null, null, null, "Alex Wu", null, null, null));

        assertEquals("mail", mail.field());
        assertEquals("distinguishedName", dn.field());
    }

    @Test
    void rejectsLineBreaksInDisplayName() {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class,
                () -> new OnPremisesIdentity("a@b", null, null, null, null, "Alex\nWu", null, null));

        assertEquals("displayName", problem.field());
        assertTrue(problem.getMessage().contains("control character"), problem.getMessage());
        assertTrue(problem.getMessage().contains("position 5"), problem.getMessage());
    }
}
