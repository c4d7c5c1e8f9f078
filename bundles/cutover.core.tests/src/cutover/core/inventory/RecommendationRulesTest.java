package cutover.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The recommendation rules: the guide's target for each kind of dependency, with its reasons and caveats. */
class RecommendationRulesTest {

    @Test
    void samlCapableVpnIsFederatedWithTheNpsExtensionAsFallback() {
        Recommendation r = Deps.analyze("vpn-asa-01", Deps.npsClient("vpn-asa-01", "MS-CHAPv2")).recommendation();

        assertEquals(MigrationTarget.ENTRA_SAML_OIDC, r.target());
        assertEquals("REC-RADIUS-SAML", r.ruleId());
        assertTrue(r.reasons().get(0).startsWith("Cisco Secure Client (AnyConnect)"), r.reasons().toString());
        assertTrue(r.caveats().stream().anyMatch(c -> c.startsWith("Fallback, if SAML is not possible")));
        assertTrue(r.caveats().contains(NpsExtensionLimits.MSCHAPV2), "the fallback's limits are stated");
    }

    @Test
    void rdGatewayGetsTheNpsExtensionWithoutCodes() {
        Recommendation r = Deps.analyze("RDGW01", Deps.npsClient("RDGW01", "MS-CHAPv2")).recommendation();

        assertEquals(MigrationTarget.NPS_EXTENSION, r.target());
        assertEquals("REC-RDGATEWAY-NPS-EXTENSION", r.ruleId());
        assertTrue(r.caveats().contains(NpsExtensionLimits.RD_GATEWAY));
        assertTrue(r.caveats().contains(NpsExtensionLimits.NO_CONDITIONAL_ACCESS));
    }

    @Test
    void otherRadiusClientsGetTheNpsExtensionWithTheLimitsOfTheirProtocol() {
        Recommendation pap = Deps.analyze("nas", Deps.npsClient("nas", "PAP")).recommendation();
        Recommendation mschap = Deps.analyze("nas", Deps.npsClient("nas", "MS-CHAPv2")).recommendation();
        Recommendation unknown = Deps.analyze("nas",
                Deps.of(DependencyCategory.RADIUS_CLIENT, "NPS01", "nas")).recommendation();
        Recommendation chap = Deps.analyze("nas", Deps.npsClient("nas", "CHAP")).recommendation();

        assertEquals(MigrationTarget.NPS_EXTENSION, pap.target());
        assertEquals("REC-RADIUS-NPS-EXTENSION", pap.ruleId());
        for (Recommendation r : List.of(pap, mschap, unknown, chap)) {
            assertTrue(r.caveats().contains(NpsExtensionLimits.NO_CONDITIONAL_ACCESS), "no Conditional Access");
            assertTrue(r.caveats().contains(NpsExtensionLimits.DEFAULT_METHOD_ONLY), "only the default method");
        }
        assertTrue(pap.caveats().contains(NpsExtensionLimits.PAP));
        assertFalse(pap.caveats().contains(NpsExtensionLimits.MSCHAPV2));
        assertTrue(mschap.caveats().contains(NpsExtensionLimits.MSCHAPV2));
        assertFalse(mschap.caveats().contains(NpsExtensionLimits.PAP));
        assertTrue(unknown.caveats().contains(NpsExtensionLimits.PROTOCOL_UNKNOWN));
        assertTrue(chap.caveats().contains(NpsExtensionLimits.CHAP));
    }

    @Test
    void protocolCaveatsSayPreciselyWhichMethodsWork() {
        assertTrue(NpsExtensionLimits.PAP.contains("push notification, phone call, text message code, "
                + "Authenticator code and OATH token"));
        assertTrue(NpsExtensionLimits.PAP.contains("Access-Challenge"));
        assertTrue(NpsExtensionLimits.MSCHAPV2.startsWith("MS-CHAPv2 allows only push notification and phone call"));
        assertTrue(NpsExtensionLimits.MSCHAPV2.contains("no text message code"));
    }

    @Test
    void mfaServerClientsAreToldWhereTheirRequestsGoToday() {
        Dependency client = Deps.of(DependencyCategory.RADIUS_CLIENT, "MFA01", "Linux jump host",
                Facts.DEFINED_IN, Facts.IN_MFA_SERVER, Facts.AUTHENTICATION_PROTOCOLS, "PAP",
                Facts.MFA_SERVER_TARGET, "Windows domain");

        Recommendation r = Deps.analyze("Linux jump host", client).recommendation();

        assertEquals(MigrationTarget.NPS_EXTENSION, r.target());
        assertTrue(r.reasons().stream().anyMatch(s -> s.contains("MFA Server, which checks passwords against: Windows "
                + "domain")), r.reasons().toString());
    }

    @Test
    void clientOfAServerWithTheExtensionSaysItsCloud() {
        Recommendation r = Deps.analyze("nas", Deps.npsClient("nas", "PAP"),
                Deps.npsExtension("NPS01", true, "US Government")).recommendation();

        assertTrue(r.reasons().contains("The NPS server that handles this client already has the NPS extension "
                + "(US Government)."), r.reasons().toString());
    }

    @Test
    void disabledDependenciesAreRemoved() {
        assertEquals(MigrationTarget.REMOVE, Deps.analyze("nas",
                Deps.npsClient("nas", "PAP", Facts.ENABLED, Facts.NO)).recommendation().target());
        assertEquals(MigrationTarget.REMOVE, Deps.analyze("app",
                Deps.relyingParty("app", Facts.ENABLED, Facts.NO)).recommendation().target());
        assertEquals(MigrationTarget.REMOVE, Deps.analyze("kiosk", Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01",
                "kiosk", Facts.ENABLED, Facts.NO)).recommendation().target());
    }

    @Test
    void ldapClientsGoToDomainServicesOrSspr() {
        Recommendation ds = Deps.analyze("HR", Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "HR", Facts.PURPOSE,
                "authentication")).recommendation();
        Recommendation sspr = Deps.analyze("Kiosk", Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "Kiosk",
                Facts.PURPOSE, "password reset")).recommendation();

        assertEquals(MigrationTarget.ENTRA_DOMAIN_SERVICES, ds.target());
        assertTrue(ds.caveats().get(0).startsWith("Entra Domain Services does not add MFA to an LDAP bind"));
        assertEquals(MigrationTarget.ENTRA_SSPR, sspr.target());
        assertEquals("REC-LDAP-SSPR", sspr.ruleId());
    }

    @Test
    void relyingPartyUsingMfaServerMeansUpgradingAdfs() {
        Dependency byClaim = Deps.relyingParty("app", Facts.ADDITIONAL_AUTHENTICATION_RULES,
                "=> issue(Type = \"http://schemas.microsoft.com/claims/authnmethodsproviders\", Value = "
                        + "\"AzureMfaServerAuthentication\");");
        Dependency byPolicy = Deps.relyingParty("policy-app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone and require MFA");

        Recommendation claim = Deps.analyze("app", byClaim).recommendation();
        Recommendation policyWithMfaServerFarm = Deps.analyze("policy-app", byPolicy, Deps.farm(Facts.YES, Facts.NO))
                .recommendation();

        assertEquals(MigrationTarget.ADFS_UPGRADE, claim.target(), "the claim names MFA Server: no farm needed");
        assertEquals(MigrationTarget.ADFS_UPGRADE, policyWithMfaServerFarm.target());
        assertTrue(policyWithMfaServerFarm.reasons().contains(AdfsRecommendations.UPGRADE));
        assertTrue(policyWithMfaServerFarm.reasons().get(0).contains("\"Permit everyone and require MFA\""));
        assertTrue(claim.caveats().contains(AdfsRecommendations.MOVE_APP));
    }

    @Test
    void relyingPartyRequiringMfaOfAnUnknownFarmIsReviewed() {
        Recommendation unknown = Deps.analyze("app", Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone and require MFA")).recommendation();
        Recommendation entra = Deps.analyze("app", Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone and require MFA"), Deps.farm(Facts.NO, Facts.YES)).recommendation();
        Recommendation noMfa = Deps.analyze("app", Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone"), Deps.farm(Facts.YES, Facts.NO)).recommendation();

        assertEquals(MigrationTarget.REVIEW, unknown.target());
        assertEquals("REC-ADFS-PROVIDER-UNKNOWN", unknown.ruleId());
        assertEquals(MigrationTarget.NO_ACTION, entra.target());
        assertEquals("REC-ADFS-ENTRA-ADAPTER", entra.ruleId());
        assertEquals(MigrationTarget.NO_ACTION, noMfa.target());
        assertEquals("REC-ADFS-NO-MFA", noMfa.ruleId());
    }

    @Test
    void farmRuleRequiringMfaAppliesToEveryTrustOfTheFarm() {
        String multipleAuthn = "c:[type == \"http://schemas.microsoft.com/ws/2012/01/insidecorporatenetwork\", value "
                + "== \"false\"] => issue(type = \"http://schemas.microsoft.com/ws/2008/06/identity/claims/"
                + "authenticationmethod\", value = \"http://schemas.microsoft.com/claims/multipleauthn\");";
        Dependency plain = Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY, "Permit everyone");

        Recommendation mfaServerFarm = Deps.analyze("app", plain, Deps.farmWithRule(multipleAuthn,
                Facts.MFA_SERVER_ADAPTER, Facts.YES, Facts.ENTRA_MFA_ADAPTER, Facts.NO)).recommendation();
        Recommendation entraFarm = Deps.analyze("app", plain, Deps.farmWithRule(multipleAuthn,
                Facts.MFA_SERVER_ADAPTER, Facts.NO, Facts.ENTRA_MFA_ADAPTER, Facts.YES)).recommendation();
        Recommendation unknownFarm = Deps.analyze("app", plain, Deps.farmWithRule(multipleAuthn)).recommendation();

        assertEquals(MigrationTarget.ADFS_UPGRADE, mfaServerFarm.target());
        assertEquals("REC-ADFS-UPGRADE", mfaServerFarm.ruleId());
        assertEquals(AdfsRecommendations.FARM_RULE_REQUIRES_MFA, mfaServerFarm.reasons().get(0));
        assertTrue(mfaServerFarm.reasons().contains("The farm's MFA provider is the MFA Server adapter."));
        assertEquals("REC-ADFS-ENTRA-ADAPTER", entraFarm.ruleId());
        assertEquals("REC-ADFS-PROVIDER-UNKNOWN", unknownFarm.ruleId());
    }

    @Test
    void farmRuleNamingMfaServerMeansUpgradingAdfsWhateverTheProviderList() {
        String byName = "NOT EXISTS([Type == \"http://schemas.microsoft.com/ws/2008/06/identity/claims/groupsid\", "
                + "Value == \"S-1-5-21-1-2-3-4421\"]) => issue(Type = \"http://schemas.microsoft.com/claims/"
                + "authnmethodsproviders\", Value = \"AzureMfaServerAuthentication\");";
        Dependency farm = Deps.farmWithRule(byName, Facts.MFA_SERVER_ADAPTER, Facts.NO, Facts.ENTRA_MFA_ADAPTER,
                Facts.YES);

        Recommendation trust = Deps.analyze("app", Deps.relyingParty("app"), farm).recommendation();
        Recommendation adapters = Deps.analyze("AD FS farm MFA adapters", farm).recommendation();

        assertEquals(MigrationTarget.ADFS_UPGRADE, trust.target());
        assertTrue(trust.reasons().contains(AdfsRecommendations.FARM_RULE_MFA_SERVER));
        assertTrue(trust.reasons().contains("The farm's rule sends users to the MFA Server adapter by name."));
        assertTrue(trust.reasons().contains(AdfsRecommendations.UPGRADE));
        assertEquals(MigrationTarget.ADFS_UPGRADE, adapters.target());
        assertEquals("REC-ADFS-ADAPTER-UPGRADE", adapters.ruleId());
        assertTrue(adapters.reasons().get(0).startsWith(AdfsRecommendations.FARM_RULE_MFA_SERVER), adapters.reasons()
                .toString());
    }

    @Test
    void farmAdaptersNameTheFarmRuleOrSayTheProviderIsUnknown() {
        String multipleAuthn = "=> issue(Type = \"http://schemas.microsoft.com/ws/2008/06/identity/claims/"
                + "authenticationmethod\", Value = \"http://schemas.microsoft.com/claims/multipleauthn\");";

        Recommendation mfaServer = Deps.analyze("AD FS farm MFA adapters", Deps.farmWithRule(multipleAuthn,
                Facts.MFA_SERVER_ADAPTER, Facts.YES, Facts.ENTRA_MFA_ADAPTER, Facts.NO)).recommendation();
        Recommendation onlyTheRule = Deps.analyze("AD FS farm MFA adapters", Deps.farmWithRule(multipleAuthn))
                .recommendation();
        Recommendation entra = Deps.analyze("AD FS farm MFA adapters", Deps.farmWithRule(multipleAuthn,
                Facts.MFA_SERVER_ADAPTER, Facts.NO, Facts.ENTRA_MFA_ADAPTER, Facts.YES)).recommendation();

        assertEquals("REC-ADFS-ADAPTER-UPGRADE", mfaServer.ruleId());
        assertTrue(mfaServer.reasons().get(1).startsWith(AdfsRecommendations.FARM_RULE_REQUIRES_MFA));
        assertEquals(MigrationTarget.REVIEW, onlyTheRule.target(), "no provider list: not \"no MFA Server adapter\"");
        assertEquals("REC-ADFS-PROVIDER-UNKNOWN", onlyTheRule.ruleId());
        assertTrue(onlyTheRule.reasons().contains(AdfsRecommendations.FARM_RULE_REQUIRES_MFA));
        assertEquals(List.of(AdfsRecommendations.COLLECT_GLOBAL_POLICY), onlyTheRule.caveats());
        assertEquals("REC-ADFS-NO-MFASERVER-ADAPTER", entra.ruleId());
    }

    @Test
    void noFarmRuleCollectedIsACaveatAnEmptyOneIsNot() {
        Dependency plain = Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY, "Permit everyone");

        Recommendation notCollected = Deps.analyze("app", plain, Deps.farm(Facts.YES, Facts.NO)).recommendation();
        Recommendation none = Deps.analyze("app", plain, Deps.farmWithRule(Facts.NO_FARM_RULE,
                Facts.MFA_SERVER_ADAPTER, Facts.YES)).recommendation();

        assertEquals("REC-ADFS-NO-MFA", notCollected.ruleId());
        assertTrue(notCollected.caveats().get(0).contains("Get-AdfsAdditionalAuthenticationRule"));
        assertEquals("REC-ADFS-NO-MFA", none.ruleId());
        assertEquals(List.of(), none.caveats());
        assertTrue(none.reasons().get(0).contains("farm's additional authentication rule"));
    }

    @Test
    void microsoftOnlineTrustMentionsCloudAuthentication() {
        Recommendation r = Deps.analyze("Microsoft Office 365 Identity Platform",
                Deps.relyingParty("Microsoft Office 365 Identity Platform", Facts.ACCESS_CONTROL_POLICY,
                        "Permit everyone and require MFA"), Deps.farm(Facts.YES, Facts.NO)).recommendation();

        assertTrue(r.caveats().contains(AdfsRecommendations.MICROSOFT_ONLINE));
    }

    @Test
    void mfaServerAdapterMeansUpgradingAdfsAndNamesTheSdkUrl() {
        Dependency adapter = Deps.of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "adapters", Facts.ADAPTER_CONFIGURATION,
                Facts.YES, Facts.USES_WEB_SERVICE_SDK, Facts.YES, Facts.WEB_SERVICE_SDK_URL, "https://mfa01/sdk.asmx");

        Recommendation r = Deps.analyze("adapters", adapter).recommendation();

        assertEquals(MigrationTarget.ADFS_UPGRADE, r.target());
        assertTrue(r.reasons().stream().anyMatch(s -> s.contains("https://mfa01/sdk.asmx")));
        assertEquals(MigrationTarget.NO_ACTION,
                Deps.analyze("AD FS farm MFA adapters", Deps.farm(Facts.NO, Facts.YES)).recommendation().target());
    }

    @Test
    void webSdkConsumers() {
        assertEquals("REC-WEBSDK-USER-PORTAL", webSdk(Facts.USER_PORTAL).ruleId());
        assertEquals(MigrationTarget.REMOVE, webSdk(Facts.MOBILE_APP_WEB_SERVICE).target());
        assertEquals(MigrationTarget.ENTRA_SSPR, webSdk(Facts.IDENTITY_MANAGER).target());
        Recommendation custom = webSdk(Facts.CUSTOM_APPLICATION);
        assertEquals(MigrationTarget.MOVE_APP_TO_ENTRA, custom.target());
        assertTrue(custom.reasons().get(0).contains("Entra ID has no Web Service SDK"));
    }

    @Test
    void npsExtensionPresentNotesItsCloud() {
        Recommendation global = Deps.analyze("NPS extension on NPS01", Deps.npsExtension("NPS01", true, "Global"))
                .recommendation();
        Recommendation absent = Deps.analyze("NPS extension on NPS01", Deps.npsExtension("NPS01", false, null))
                .recommendation();
        Recommendation unknownCloud = Deps.analyze("NPS extension on NPS01", Deps.npsExtension("NPS01", true, null))
                .recommendation();

        assertEquals(MigrationTarget.NO_ACTION, global.target());
        assertTrue(global.reasons().get(0).contains("Global cloud"));
        assertEquals(MigrationTarget.NPS_EXTENSION, absent.target());
        assertEquals(MigrationTarget.REVIEW, unknownCloud.target());
    }

    @Test
    void npsPoliciesAndForwarding() {
        Dependency group = Deps.of(DependencyCategory.RADIUS_SERVER_GROUP, "NPS01", "MFA Servers", Facts.SERVERS,
                "10.0.1.20");
        Dependency forward = Deps.of(DependencyCategory.NPS_CONNECTION_REQUEST_POLICY, "NPS01", "to MFA",
                Facts.FORWARDS_TO, "MFA Servers");
        Dependency other = Deps.of(DependencyCategory.NPS_CONNECTION_REQUEST_POLICY, "NPS01", "to partner",
                Facts.FORWARDS_TO, "Partner RADIUS");
        Dependency deny = Deps.of(DependencyCategory.NPS_POLICY, "NPS01", "deny", Facts.ACCESS, "deny");
        Dependency grant = Deps.of(DependencyCategory.NPS_POLICY, "NPS01", "grant", Facts.ACCESS, "grant",
                Facts.AUTHENTICATION_PROTOCOLS, "PAP");

        assertEquals("REC-NPS-STOP-FORWARDING", Deps.analyze("to MFA", forward, group).recommendation().ruleId());
        assertEquals(MigrationTarget.REVIEW, Deps.analyze("to partner", other).recommendation().target());
        assertEquals(MigrationTarget.REMOVE, Deps.analyze("MFA Servers", group).recommendation().target());
        assertEquals(MigrationTarget.NO_ACTION, Deps.analyze("deny", deny).recommendation().target());
        Recommendation granting = Deps.analyze("grant", grant).recommendation();
        assertEquals(MigrationTarget.NPS_EXTENSION, granting.target());
        assertTrue(granting.caveats().contains(NpsExtensionLimits.ALL_REQUESTS));
    }

    private static Recommendation webSdk(String component) {
        return Deps.analyze("c", Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01", "c", Facts.COMPONENT, component))
                .recommendation();
    }
}
