package cutover.importers.inventory;

import static cutover.importers.inventory.InventoryTestFiles.importClean;
import static cutover.importers.inventory.InventoryTestFiles.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Facts;
import cutover.core.inventory.ImportedInventory;
import cutover.core.inventory.InventoryProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV templates for MFA Server's RADIUS and LDAP clients, web.config files, and MIM's MfaSettings.xml. */
class MfaServerFilesImportTest {

    @Test
    void radiusClientTemplate() {
        ImportedInventory imported = importClean("mfaserver/radius-clients.csv");

        assertEquals(5, imported.dependencies().size());
        Dependency citrix = named(imported, "Citrix Gateway");
        assertEquals(DependencyCategory.RADIUS_CLIENT, citrix.category());
        assertEquals("10.70.0.10", citrix.identifier());
        assertEquals(Facts.IN_MFA_SERVER, citrix.attribute(Facts.DEFINED_IN));
        assertEquals("PAP", citrix.attribute(Facts.AUTHENTICATION_PROTOCOLS));
        assertEquals("Windows domain", citrix.attribute(Facts.MFA_SERVER_TARGET));
        assertEquals("Access Gateway, DMZ", citrix.attribute(Facts.NOTES), "quoted value with a comma");
        assertEquals(3, citrix.evidence().get(0).line(), "the BOM and a comment line before the header");
        assertEquals(Facts.NO, named(imported, "Old dial-in").attribute(Facts.ENABLED));
        assertEquals("RADIUS", named(imported, "Legacy VPN concentrator").attribute(Facts.MFA_SERVER_TARGET));
    }

    @Test
    void ldapClientTemplate() {
        ImportedInventory imported = importClean("mfaserver/ldap-clients.csv");

        Dependency hr = named(imported, "HR portal");
        assertEquals(DependencyCategory.LDAP_CLIENT, hr.category());
        assertEquals("OU=Staff,DC=contoso,DC=com", hr.attribute(Facts.BASE_DN));
        assertEquals("636", hr.attribute(Facts.PORT));
        assertEquals(Facts.YES, hr.attribute(Facts.SSL));
        assertEquals("password reset", named(imported, "Password reset kiosk").attribute(Facts.PURPOSE));
    }

    @Test
    void badLinesAreReportedAndTheOthersKept() {
        ImportedInventory imported = InventoryTestFiles.importFile("mfaserver/radius-clients-bad-lines.csv");

        assertEquals(List.of("VPN A", "VPN G"), InventoryTestFiles.names(imported), "semicolon-separated, as some "
                + "Excel locales save");
        assertEquals(List.of(
                "mfaserver/radius-clients-bad-lines.csv:1: the column \"colour\" is not part of the template and is "
                        + "ignored",
                "mfaserver/radius-clients-bad-lines.csv:3: enabled \"maybe\" must be yes or no",
                "mfaserver/radius-clients-bad-lines.csv:4: authentication_protocol \"SMTP\" is not PAP, CHAP, MS-CHAP, "
                        + "MS-CHAPv2 or EAP",
                "mfaserver/radius-clients-bad-lines.csv:5: name is missing",
                "mfaserver/radius-clients-bad-lines.csv:6: the client \"VPN A\" is already on line 2",
                "mfaserver/radius-clients-bad-lines.csv:7: target \"Kerberos\" is not RADIUS, Windows domain or LDAP",
                "mfaserver/radius-clients-bad-lines.csv:8: a quoted value is not closed on this line (values cannot "
                        + "span lines)"),
                imported.problems().stream().map(InventoryProblem::toString).toList());
    }

    @Test
    void aSharedSecretColumnRefusesTheFile() {
        ImportedInventory imported = InventoryTestFiles.importFile("mfaserver/radius-clients-with-secret.csv");

        InventoryProblem problem = InventoryTestFiles.onlyProblem(imported);
        assertEquals(1, problem.line());
        assertTrue(problem.message().startsWith("the column \"shared_secret\" is refused: Cutover never collects "
                + "shared secrets or passwords"), problem.message());
        assertEquals(List.of(), imported.dependencies());
        assertTrue(!problem.toString().contains("FixtureSecret"));
    }

    @Test
    void userPortalAndMobileAppWebService() {
        Dependency portal = importClean("mfaserver/UserPortal/web.config").dependencies().get(0);
        Dependency maws = importClean("mfaserver/MobileAppWebService/web.config").dependencies().get(0);

        assertEquals(DependencyCategory.WEB_SDK_CONSUMER, portal.category());
        assertEquals(Facts.USER_PORTAL, portal.attribute(Facts.COMPONENT), "pfup.Properties.Settings");
        assertEquals(Facts.YES, portal.attribute(Facts.USES_WEB_SERVICE_SDK));
        assertEquals("https://mfa01.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx",
                portal.attribute(Facts.WEB_SERVICE_SDK_URL));
        assertEquals("CONTOSO\\svc-mfa-portal", portal.attribute(Facts.WEB_SERVICE_SDK_USER));
        assertEquals(Facts.MOBILE_APP_WEB_SERVICE, maws.attribute(Facts.COMPONENT), "pfpaws.Properties.Settings");
        assertEquals("CONTOSO\\svc-mfa-maws", maws.attribute(Facts.WEB_SERVICE_SDK_USER));
    }

    @Test
    void customApplicationAndPlainWebConfig() {
        Dependency custom = importClean("mfaserver/custom-app/web.config").dependencies().get(0);
        ImportedInventory plain = InventoryTestFiles.importFile("mfaserver/plain-site/web.config");

        assertEquals("Web Service SDK consumer custom-app", custom.name());
        assertEquals(Facts.CUSTOM_APPLICATION, custom.attribute(Facts.COMPONENT));
        assertEquals("https://mfa02.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx", custom.identifier());
        assertEquals("thumbprint 9F8E7D6C5B4A39281706F5E4D3C2B1A098765432", custom.attribute(Facts.CLIENT_CERTIFICATE));
        assertEquals(List.of(), plain.problems());
        assertEquals(List.of(), plain.dependencies());
        assertEquals("a web.config without MFA Server Web Service SDK settings", plain.skippedFiles().get(0).reason());
    }

    @Test
    void identityManagerSettings() {
        Dependency mim = importClean("mim/MfaSettings.xml").dependencies().get(0);

        assertEquals(Facts.IDENTITY_MANAGER, mim.name());
        assertEquals(Facts.YES, mim.attribute(Facts.USES_WEB_SERVICE_SDK));
        assertEquals("https://mfa01.contoso.com/MultiFactorAuthWebServiceSdk/PfWsSdk.asmx",
                mim.attribute(Facts.MFA_SERVER_URL));
        assertEquals("CONTOSO\\svc-mim-mfa", mim.attribute(Facts.WEB_SERVICE_SDK_USER));
        assertTrue(mim.attribute(Facts.CLIENT_CERTIFICATE).endsWith("cert_key.p12"));
        assertNull(mim.attribute("Password"));
        assertTrue(!mim.toString().contains("FixtureSecret"));
    }
}
