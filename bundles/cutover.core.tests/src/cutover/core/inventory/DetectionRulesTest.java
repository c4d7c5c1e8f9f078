package cutover.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per detection rule ({@link Signature}), each with a case that matches and one that does not. */
class DetectionRulesTest {

    private static final String MFA_SERVER_RULE = "c:[Type == \"http://schemas.microsoft.com/ws/2008/06/identity/"
            + "claims/groupsid\", Value == \"S-1-5-21-1-2-3-1202\"]\r\n => issue(Type = \"http://schemas.microsoft.com/"
            + "claims/authnmethodsproviders\", Value = \"AzureMfaServerAuthentication\");";
    private static final String MULTIPLE_AUTHN = "c:[Type == \"http://schemas.microsoft.com/ws/2012/01/"
            + "insidecorporatenetwork\", Value == \"false\"] => issue(Type = \"http://schemas.microsoft.com/ws/2008/06/"
            + "identity/claims/authenticationmethod\", Value = \"http://schemas.microsoft.com/claims/multipleauthn\");";

    @Test
    void everySignatureHasATest() {
        Set<String> tested = new HashSet<>();
        for (var method : DetectionRulesTest.class.getDeclaredMethods()) {
            tested.add(method.getName().toLowerCase());
        }
        for (Signature signature : Signature.values()) {
            String expected = signature.id().replace("-", "").toLowerCase();
            assertTrue(tested.contains(expected), "no test named like " + signature.id());
        }
        assertEquals(Signature.values().length, Arrays.stream(Signature.values()).map(Signature::id).distinct().count(),
                "ids are unique");
    }

    @Test
    void dependencyDisabled() {
        assertHas(Signature.DISABLED, Deps.npsClient("vpn", "PAP", Facts.ENABLED, Facts.NO));
        assertLacks(Signature.DISABLED, Deps.npsClient("vpn", "PAP", Facts.ENABLED, Facts.YES));
        assertLacks(Signature.DISABLED, Deps.npsClient("vpn", "PAP", Facts.ENABLED, Facts.UNKNOWN));
    }

    @Test
    void radiusPap() {
        assertHas(Signature.RADIUS_PAP, Deps.npsClient("vpn", "PAP, MS-CHAPv2"));
        assertHas(Signature.RADIUS_PAP, Deps.of(DependencyCategory.NPS_POLICY, "NPS01", "VPN policy",
                Facts.AUTHENTICATION_PROTOCOLS, "PAP"));
        assertLacks(Signature.RADIUS_PAP, Deps.npsClient("vpn", "MS-CHAPv2"));
    }

    @Test
    void radiusChap() {
        assertHas(Signature.RADIUS_CHAP, Deps.npsClient("switch", "CHAP"));
        assertLacks(Signature.RADIUS_CHAP, Deps.npsClient("switch", "MS-CHAPv2"));
    }

    @Test
    void radiusMschapv2() {
        assertHas(Signature.RADIUS_MSCHAPV2, Deps.npsClient("vpn", "MS-CHAPv2"));
        assertHas(Signature.RADIUS_MSCHAPV2, Deps.npsClient("old", "MS-CHAP"));
        assertLacks(Signature.RADIUS_MSCHAPV2, Deps.npsClient("vpn", "PAP"));
    }

    @Test
    void radiusEap() {
        assertHas(Signature.RADIUS_EAP, Deps.npsClient("wlc", "EAP"));
        assertLacks(Signature.RADIUS_EAP, Deps.npsClient("wlc", "PAP"));
    }

    @Test
    void radiusProtocolUnknown() {
        assertHas(Signature.RADIUS_PROTOCOL_UNKNOWN, Deps.of(DependencyCategory.RADIUS_CLIENT, "NPS01", "nas"));
        assertLacks(Signature.RADIUS_PROTOCOL_UNKNOWN, Deps.npsClient("nas", "PAP"));
    }

    @Test
    void radiusSamlCapable() {
        assertHas(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("vpn-asa-01", "PAP"));
        assertHas(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("Portal", "PAP", Facts.VENDOR, "Palo Alto Networks"));
        assertHas(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("fw01", "PAP", Facts.APPLICATION, "FortiGate SSL VPN"));
        assertHas(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("ASA5525", "PAP"));
        assertHas(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("edge", "PAP", Facts.VENDOR, "Citrix"));
        // a Cisco switch is not a VPN: the vendor alone says nothing
        assertLacks(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("core-switch", "PAP", Facts.VENDOR, "Cisco"));
        // "asa" only as a whole word
        assertLacks(Signature.RADIUS_SAML_CAPABLE, Deps.npsClient("Casablanca office", "PAP"));
    }

    @Test
    void radiusRdGateway() {
        assertHas(Signature.RADIUS_RD_GATEWAY, Deps.npsClient("RDGW01", "MS-CHAPv2"));
        assertHas(Signature.RADIUS_RD_GATEWAY, Deps.npsClient("RDS Gateway", "MS-CHAPv2"));
        assertHas(Signature.RADIUS_RD_GATEWAY, Deps.npsClient("host7", "MS-CHAPv2", Facts.APPLICATION,
                "Remote Desktop Gateway"));
        assertLacks(Signature.RADIUS_RD_GATEWAY, Deps.npsClient("vpn-asa", "PAP"));
    }

    @Test
    void mfaserverRadiusClient() {
        Dependency inMfaServer = Deps.of(DependencyCategory.RADIUS_CLIENT, "MFA01", "Citrix",
                Facts.DEFINED_IN, Facts.IN_MFA_SERVER);
        assertHas(Signature.MFASERVER_RADIUS_CLIENT, inMfaServer);
        assertLacks(Signature.MFASERVER_RADIUS_CLIENT, Deps.npsClient("Citrix", "PAP"));
    }

    @Test
    void npsExtensionInstalled() {
        assertHas(Signature.NPS_EXTENSION_INSTALLED, Deps.npsExtension("NPS01", true, "Global"));
        assertLacks(Signature.NPS_EXTENSION_INSTALLED, Deps.npsExtension("NPS01", false, null));
        // only the extension's settings key was collected
        assertHas(Signature.NPS_EXTENSION_INSTALLED, Deps.of(DependencyCategory.NPS_EXTENSION, "NPS01", "ext",
                Facts.NPS_EXTENSION_SETTINGS, Facts.YES));
        // AuthSrv says no: the settings key is a leftover
        assertLacks(Signature.NPS_EXTENSION_INSTALLED, Deps.of(DependencyCategory.NPS_EXTENSION, "NPS01", "ext",
                Facts.NPS_EXTENSION_INSTALLED, Facts.NO, Facts.NPS_EXTENSION_SETTINGS, Facts.YES));
        // a client of an NPS server with the extension
        Dependency client = Deps.npsClient("vpn", "PAP");
        assertTrue(Deps.signatures("vpn", client, Deps.npsExtension("NPS01", true, "Global"))
                .contains(Signature.NPS_EXTENSION_INSTALLED.id()));
        // another server's extension does not count
        assertFalse(Deps.signatures("vpn", client, Deps.npsExtension("NPS02", true, "Global"))
                .contains(Signature.NPS_EXTENSION_INSTALLED.id()));
    }

    @Test
    void npsForwardsToMfaServer() {
        Dependency group = Deps.of(DependencyCategory.RADIUS_SERVER_GROUP, "NPS01", "Azure MFA Server",
                Facts.SERVERS, "10.0.1.20");
        Dependency policy = Deps.of(DependencyCategory.NPS_CONNECTION_REQUEST_POLICY, "NPS01", "Citrix to MFA",
                Facts.FORWARDS_TO, "Azure MFA Server");
        assertTrue(Deps.signatures("Citrix to MFA", policy, group).contains(Signature.NPS_FORWARDS_TO_MFA_SERVER.id()));
        assertHas(Signature.NPS_FORWARDS_TO_MFA_SERVER, group);
        // a group whose server is where a Web Service SDK consumer finds MFA Server
        Dependency plainGroup = Deps.of(DependencyCategory.RADIUS_SERVER_GROUP, "NPS01", "Radius farm",
                Facts.SERVERS, "10.0.9.9, auth01.contoso.com");
        Dependency portal = Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01", "portal", Facts.WEB_SERVICE_SDK_URL,
                "https://AUTH01.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx");
        assertTrue(Deps.signatures("Radius farm", plainGroup,
                portal).contains(Signature.NPS_FORWARDS_TO_MFA_SERVER.id()));
        assertFalse(Deps.signatures("Radius farm", plainGroup).contains(Signature.NPS_FORWARDS_TO_MFA_SERVER.id()));
        // "mfa" only as a word: "Mfarm" is not MFA Server
        assertLacks(Signature.NPS_FORWARDS_TO_MFA_SERVER, Deps.of(DependencyCategory.RADIUS_SERVER_GROUP, "NPS01",
                "Mfarm proxies", Facts.SERVERS, "10.9.9.9"));
    }

    @Test
    void ldapClient() {
        assertHas(Signature.LDAP_CLIENT, Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "HR portal"));
        assertLacks(Signature.LDAP_CLIENT, Deps.npsClient("HR portal", "PAP"));
    }

    @Test
    void ldapPasswordResetOnly() {
        assertHas(Signature.LDAP_PASSWORD_RESET_ONLY, Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "Kiosk",
                Facts.PURPOSE, "password reset"));
        assertHas(Signature.LDAP_PASSWORD_RESET_ONLY, Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "Kiosk",
                Facts.PURPOSE, "Self-service"));
        assertLacks(Signature.LDAP_PASSWORD_RESET_ONLY, Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "Kiosk",
                Facts.PURPOSE, "authentication and password reset"));
        assertLacks(Signature.LDAP_PASSWORD_RESET_ONLY, Deps.of(DependencyCategory.LDAP_CLIENT, "MFA01", "Kiosk"));
    }

    @Test
    void adfsMfaserverAdapter() {
        assertHas(Signature.ADFS_MFASERVER_ADAPTER, Deps.farm(Facts.YES, Facts.NO));
        assertLacks(Signature.ADFS_MFASERVER_ADAPTER, Deps.farm(Facts.NO, Facts.YES));
        // the adapter's configuration alone says it is installed
        assertHas(Signature.ADFS_MFASERVER_ADAPTER, Deps.of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "adapters",
                Facts.ADAPTER_CONFIGURATION, Facts.YES));
        // relying parties of that farm carry it too
        assertTrue(Deps.signatures("app", Deps.relyingParty("app"), Deps.farm(Facts.YES, Facts.NO))
                .contains(Signature.ADFS_MFASERVER_ADAPTER.id()));
    }

    @Test
    void adfsEntraMfaAdapter() {
        assertHas(Signature.ADFS_ENTRA_MFA_ADAPTER, Deps.farm(Facts.YES, Facts.YES));
        assertLacks(Signature.ADFS_ENTRA_MFA_ADAPTER, Deps.farm(Facts.YES, Facts.NO));
    }

    @Test
    void adfsAuthnmethodsprovidersClaim() {
        assertHas(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, MFA_SERVER_RULE));
        assertHas(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, MFA_SERVER_RULE.replace("AzureMfaServerAuthentication",
                        "WindowsAzureMultiFactorAuthentication")));
        // the Entra MFA adapter by name is not MFA Server
        assertLacks(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, MFA_SERVER_RULE.replace("AzureMfaServerAuthentication",
                        "AzureMfaAuthentication")));
        // a condition that mentions the provider is not an issuance
        assertLacks(Signature.ADFS_AUTHNMETHODSPROVIDERS_CLAIM, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, "c:[Type == \"http://schemas.microsoft.com/claims/"
                        + "authnmethodsproviders\", Value == \"AzureMfaServerAuthentication\"] => issue(Type = "
                        + "\"http://contoso/claims/flag\", Value = \"1\");"));
    }

    @Test
    void adfsMultipleauthnClaim() {
        assertHas(Signature.ADFS_MULTIPLEAUTHN_CLAIM, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, MULTIPLE_AUTHN));
        assertLacks(Signature.ADFS_MULTIPLEAUTHN_CLAIM, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, MFA_SERVER_RULE));
    }

    @Test
    void adfsFarmRuleMfaserver() {
        // the farm itself and every relying party trust of it (same source)
        assertHas(Signature.ADFS_FARM_RULE_MFASERVER, Deps.farmWithRule(MFA_SERVER_RULE));
        assertTrue(Deps.signatures("app", Deps.relyingParty("app"), Deps.farmWithRule(MFA_SERVER_RULE))
                .contains(Signature.ADFS_FARM_RULE_MFASERVER.id()));
        assertTrue(Deps.signatures("app", Deps.relyingParty("app"), Deps.farmWithRule(MFA_SERVER_RULE.replace(
                "AzureMfaServerAuthentication", "WindowsAzureMultiFactorAuthentication")))
                .contains(Signature.ADFS_FARM_RULE_MFASERVER.id()));
        // another farm's rule does not apply
        Dependency otherFarm = Deps.of(DependencyCategory.ADFS_RELYING_PARTY, "ADFS02", "app");
        assertFalse(Deps.signatures("app", otherFarm, Deps.farmWithRule(MFA_SERVER_RULE))
                .contains(Signature.ADFS_FARM_RULE_MFASERVER.id()));
        // the Entra MFA adapter by name, a rule that only requires MFA, and no rule are not MFA Server by name
        assertLacks(Signature.ADFS_FARM_RULE_MFASERVER, Deps.farmWithRule(MFA_SERVER_RULE.replace(
                "AzureMfaServerAuthentication", "AzureMfaAuthentication")));
        assertLacks(Signature.ADFS_FARM_RULE_MFASERVER, Deps.farmWithRule(MULTIPLE_AUTHN));
        assertLacks(Signature.ADFS_FARM_RULE_MFASERVER, Deps.farmWithRule(Facts.NO_FARM_RULE));
        // a trust's own rules are not the farm's
        assertLacks(Signature.ADFS_FARM_RULE_MFASERVER, Deps.relyingParty("app",
                Facts.ADDITIONAL_AUTHENTICATION_RULES, MFA_SERVER_RULE));
    }

    @Test
    void adfsFarmRuleRequiresMfa() {
        assertHas(Signature.ADFS_FARM_RULE_REQUIRES_MFA, Deps.farmWithRule(MULTIPLE_AUTHN));
        assertTrue(Deps.signatures("app", Deps.relyingParty("app"), Deps.farmWithRule(MULTIPLE_AUTHN,
                Facts.MFA_SERVER_ADAPTER, Facts.YES)).contains(Signature.ADFS_FARM_RULE_REQUIRES_MFA.id()));
        assertLacks(Signature.ADFS_FARM_RULE_REQUIRES_MFA, Deps.farmWithRule(MFA_SERVER_RULE));
        assertLacks(Signature.ADFS_FARM_RULE_REQUIRES_MFA, Deps.farmWithRule(Facts.NO_FARM_RULE));
        assertLacks(Signature.ADFS_FARM_RULE_REQUIRES_MFA, Deps.farm(Facts.YES, Facts.NO));
        // other categories of the same source are not AD FS
        assertFalse(Deps.signatures("portal", Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "ADFS01", "portal"),
                Deps.farmWithRule(MULTIPLE_AUTHN)).contains(Signature.ADFS_FARM_RULE_REQUIRES_MFA.id()));
    }

    @Test
    void adfsAcpRequiresMfa() {
        assertHas(Signature.ADFS_ACP_REQUIRES_MFA, Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone and require MFA"));
        assertHas(Signature.ADFS_ACP_REQUIRES_MFA, Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone and require MFA for specific group"));
        assertLacks(Signature.ADFS_ACP_REQUIRES_MFA, Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY,
                "Permit everyone"));
        // a custom policy is looked up in the collected access control policies
        Dependency custom = Deps.relyingParty("app", Facts.ACCESS_CONTROL_POLICY, "Contoso extranet");
        List<AdfsAccessControlPolicy> requiring = List.of(new AdfsAccessControlPolicy("ADFS01", "contoso EXTRANET",
                true,
                List.of()));
        assertTrue(Deps.analyze("app", requiring, custom).dependency().hasSignature(Signature.ADFS_ACP_REQUIRES_MFA));
        assertFalse(Deps.analyze("app", custom).dependency().hasSignature(Signature.ADFS_ACP_REQUIRES_MFA));
    }

    @Test
    void adfsMicrosoftOnline() {
        assertHas(Signature.ADFS_MICROSOFT_ONLINE, Deps.relyingParty("Microsoft Office 365 Identity Platform"));
        assertHas(Signature.ADFS_MICROSOFT_ONLINE, Deps.relyingParty("M365", Facts.IDENTIFIERS,
                "urn:federation:MicrosoftOnline"));
        assertLacks(Signature.ADFS_MICROSOFT_ONLINE, Deps.relyingParty("Wiki", Facts.IDENTIFIERS,
                "https://wiki.contoso.com/"));
    }

    @Test
    void websdkConsumer() {
        assertHas(Signature.WEBSDK_CONSUMER, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01", "app",
                Facts.COMPONENT, Facts.CUSTOM_APPLICATION));
        assertHas(Signature.WEBSDK_CONSUMER, Deps.of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "adapters",
                Facts.USES_WEB_SERVICE_SDK, Facts.YES));
        assertLacks(Signature.WEBSDK_CONSUMER, Deps.of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "adapters",
                Facts.USES_WEB_SERVICE_SDK, Facts.NO));
    }

    @Test
    void websdkUserPortal() {
        assertHas(Signature.WEBSDK_USER_PORTAL, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01", "portal",
                Facts.COMPONENT, Facts.USER_PORTAL));
        assertLacks(Signature.WEBSDK_USER_PORTAL, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01", "app",
                Facts.COMPONENT, Facts.CUSTOM_APPLICATION));
    }

    @Test
    void websdkMobileAppWebService() {
        assertHas(Signature.WEBSDK_MOBILE_APP_WEB_SERVICE, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01", "maws",
                Facts.COMPONENT, Facts.MOBILE_APP_WEB_SERVICE));
        assertLacks(Signature.WEBSDK_MOBILE_APP_WEB_SERVICE, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01",
                "portal", Facts.COMPONENT, Facts.USER_PORTAL));
    }

    @Test
    void mimMfaServer() {
        assertHas(Signature.MIM_MFA_SERVER, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MIM01", "MIM",
                Facts.COMPONENT, Facts.IDENTITY_MANAGER));
        assertLacks(Signature.MIM_MFA_SERVER, Deps.of(DependencyCategory.WEB_SDK_CONSUMER, "MIM01", "app",
                Facts.COMPONENT, Facts.CUSTOM_APPLICATION));
    }

    private static void assertHas(Signature signature, Dependency dependency) {
        List<String> found = Deps.signatures(dependency.name(), dependency);
        assertTrue(found.contains(signature.id()), signature.id() + " should match " + dependency + "; found " + found);
    }

    private static void assertLacks(Signature signature, Dependency dependency) {
        List<String> found = Deps.signatures(dependency.name(), dependency);
        assertFalse(found.contains(signature.id()), signature.id() + " should not match " + dependency);
    }
}
