package cutover.core.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.DefaultMethod;
import cutover.core.mfaserver.MfaServerUser;
import cutover.core.mfaserver.OnPremisesIdentity;
import cutover.core.mfaserver.PhoneNumber;
import cutover.core.synthetic.SyntheticMfaServerUsers;
import cutover.core.tenant.EntraUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserMatcherTest {

    private static final String SID_1 = "S-1-5-21-1004336348-1177238915-682003330-1104";
    private static final String SID_2 = "S-1-5-21-1004336348-1177238915-682003330-1105";

    @Test
    void matchesUpnIgnoringCase() {
        EntraUser entra = entra(1, "Alex.Wu@Contoso.com").build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.COM", null, null, null, null, null, null,
                null));

        MatchReport report = new UserMatcher(List.of(entra), null).match(List.of(mfa));

        MatchResult result = report.results().get(0);
        assertEquals(MatchStatus.MATCHED, result.status());
        assertSame(entra, result.entraUser());
        assertEquals(MatchedBy.USER_PRINCIPAL_NAME, result.matchedBy());
        assertNull(result.reason());
        assertEquals(new MatchSummary(1, 1, 0, 0, 0, 0), report.summary());
    }

    @Test
    void fallsBackToChosenAttributeWhenUpnDiffers() {
        EntraUser entra = entra(1, "alex.wu@contoso.onmicrosoft.com").onPremisesSamAccountName("AWU")
                .employeeId("E-1").build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.com", null, "awu", null, null, null, null,
                "E-2"));

        MatchResult bySam = new UserMatcher(List.of(entra), MatchAttribute.SAM_ACCOUNT_NAME).match(List.of(mfa))
                .results().get(0);
        MatchResult byEmployeeId = new UserMatcher(List.of(entra), MatchAttribute.EMPLOYEE_ID)
                .match(List.of(mfa)).results().get(0);

        assertEquals(MatchStatus.MATCHED, bySam.status());
        assertEquals(MatchedBy.ON_PREMISES_ATTRIBUTE, bySam.matchedBy());
        assertEquals(MatchStatus.UNMATCHED, byEmployeeId.status());
    }

    @Test
    void upnWinsOverAttribute() {
        EntraUser byUpn = entra(1, "alex.wu@contoso.com").build();
        EntraUser byMail = entra(2, "someone.else@contoso.com").mail("alex.wu@contoso.com").build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.com", null, null, null, null, null,
                "alex.wu@contoso.com", null));

        MatchResult result = new UserMatcher(List.of(byMail, byUpn), MatchAttribute.MAIL).match(List.of(mfa))
                .results().get(0);

        assertSame(byUpn, result.entraUser());
    }

    @Test
    void fallsBackToSidLast() {
        EntraUser entra = entra(1, "renamed@contoso.com")
                .onPremisesSecurityIdentifier(SID_1.toLowerCase(Locale.ROOT)).build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.com", SID_1, "awu", null, null, null, null,
                null));

        MatchReport report = new UserMatcher(List.of(entra), MatchAttribute.SAM_ACCOUNT_NAME).match(List.of(mfa));

        assertEquals(MatchStatus.MATCHED, report.results().get(0).status());
        assertEquals(MatchedBy.SECURITY_IDENTIFIER, report.results().get(0).matchedBy());
        assertEquals(new MatchSummary(1, 0, 0, 1, 0, 0), report.summary());
    }

    @Test
    void matchesObjectGuidAgainstImmutableId() {
        EntraUser entra = entra(1, "renamed@contoso.com").onPremisesImmutableId("uihOG6Ev0hGIPwAW08ykJw==").build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.com", null, null,
                "1b4e28ba-2fa1-11d2-883f-0016d3cca427", null, null, null, null));

        MatchResult result = new UserMatcher(List.of(entra), MatchAttribute.IMMUTABLE_ID).match(List.of(mfa))
                .results().get(0);

        assertSame(entra, result.entraUser());
    }

    @Test
    void reportsUnmatchedWithWhatWasTried() {
        EntraUser entra = entra(1, "someone@contoso.com").onPremisesSecurityIdentifier(SID_2).build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.com", SID_1, "awu", null, null, null, null,
                null));

        MatchReport report = new UserMatcher(List.of(entra), MatchAttribute.SAM_ACCOUNT_NAME).match(List.of(mfa));

        MatchResult result = report.results().get(0);
        assertEquals(MatchStatus.UNMATCHED, result.status());
        assertNull(result.entraUser());
        assertEquals("no Entra user has this user's user principal name, sAMAccountName or security identifier",
                result.reason());
        assertEquals(new MatchSummary(1, 0, 0, 0, 1, 0), report.summary());
    }

    @Test
    void severalEntraUsersForOneKeyIsAmbiguous() {
        EntraUser first = entra(1, "a@contoso.com").onPremisesSamAccountName("awu").build();
        EntraUser second = entra(2, "b@contoso.com").onPremisesSamAccountName("AWU").build();
        MfaServerUser mfa = mfa(new OnPremisesIdentity("alex.wu@contoso.com", null, "awu", null, null, null, null,
                null));

        MatchResult result = new UserMatcher(List.of(first, second), MatchAttribute.SAM_ACCOUNT_NAME)
                .match(List.of(mfa)).results().get(0);

        assertEquals(MatchStatus.AMBIGUOUS, result.status());
        assertNull(result.entraUser());
        assertEquals(List.of(first.objectId(), second.objectId()), result.candidateObjectIds());
        assertEquals("2 Entra users have this user's sAMAccountName", result.reason());
    }

    @Test
    void entraUserClaimedTwiceMakesBothAmbiguous() {
        EntraUser entra = entra(1, "alex.wu@contoso.com").onPremisesSamAccountName("awu").build();
        MfaServerUser byUpn = mfa(OnPremisesIdentity.ofUpn("alex.wu@contoso.com"));
        MfaServerUser bySam = mfa(new OnPremisesIdentity("alex.wu2@contoso.com", null, "awu", null, null, null,
                null, null));
        MfaServerUser other = mfa(OnPremisesIdentity.ofUpn("nobody@contoso.com"));

        MatchReport report = new UserMatcher(List.of(entra), MatchAttribute.SAM_ACCOUNT_NAME)
                .match(List.of(byUpn, other, bySam));

        MatchResult first = report.results().get(0);
        MatchResult third = report.results().get(2);
        assertEquals(MatchStatus.AMBIGUOUS, first.status());
        assertEquals(MatchStatus.AMBIGUOUS, third.status());
        assertEquals(List.of(entra.objectId()), first.candidateObjectIds());
        assertTrue(first.reason().contains("also matches MFA Server user alex.wu2@contoso.com"), first.reason());
        assertTrue(third.reason().contains("also matches MFA Server user alex.wu@contoso.com"), third.reason());
        assertEquals(MatchStatus.UNMATCHED, report.results().get(1).status());
        assertEquals(new MatchSummary(3, 0, 0, 0, 1, 2), report.summary());
    }

    @Test
    void matchesTwoHundredThousandUsers() {
        List<MfaServerUser> mfaUsers = new SyntheticMfaServerUsers(7).users(200_000).toList();
        List<EntraUser> entraUsers = new ArrayList<>(mfaUsers.size());
        for (int i = 0; i < mfaUsers.size(); i++) {
            OnPremisesIdentity identity = mfaUsers.get(i).identity();
            // every tenth user was renamed in the cloud and is only found by sAMAccountName or SID
            String upn = i % 10 == 0 ? "cloud" + i + "@contoso.onmicrosoft.com"
                    : identity.userPrincipalName().toUpperCase(Locale.ROOT);
            if (i % 100 == 1) {
                continue;
            }
            entraUsers.add(EntraUser.builder(new UUID(0x1234, i).toString(), upn)
                    .onPremisesSamAccountName(i % 20 == 0 ? null : identity.samAccountName())
                    .onPremisesSecurityIdentifier(identity.securityIdentifier())
                    .build());
        }
        UserMatcher matcher = new UserMatcher(entraUsers, MatchAttribute.SAM_ACCOUNT_NAME);

        MatchReport report = matcher.match(mfaUsers);

        MatchSummary summary = report.summary();
        assertEquals(200_000, summary.total());
        assertEquals(200_000, report.results().size());
        assertEquals(summary.total(), summary.matched() + summary.unmatched() + summary.ambiguous());
        assertTrue(summary.unmatched() >= 2_000, "users missing from the tenant: " + summary);
        assertTrue(summary.matchedByUserPrincipalName() >= 170_000, summary.toString());
        assertTrue(summary.matchedByAttribute() + summary.matchedBySecurityIdentifier() > 0, summary.toString());
        for (int i = 0; i < 1_000; i++) {
            MatchResult result = report.results().get(i);
            assertSame(mfaUsers.get(i), result.user());
            if (result.status() == MatchStatus.MATCHED && result.matchedBy() == MatchedBy.USER_PRINCIPAL_NAME) {
                assertTrue(result.entraUser().userPrincipalName().equalsIgnoreCase(result.user().upn()));
            }
        }
    }

    private static EntraUser.Builder entra(int number, String upn) {
        return EntraUser.builder(new UUID(0xabcdL, number).toString(), upn);
    }

    private static MfaServerUser mfa(OnPremisesIdentity identity) {
        return MfaServerUser.builder().identity(identity).phone(new PhoneNumber("1", "4255550100", null))
                .defaultMethod(DefaultMethod.PHONE_CALL_STANDARD).build();
    }
}
