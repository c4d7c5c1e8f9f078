package cutover.importers.inventory;

import static cutover.importers.inventory.InventoryTestFiles.importClean;
import static cutover.importers.inventory.InventoryTestFiles.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.inventory.Dependency;
import cutover.core.inventory.DependencyCategory;
import cutover.core.inventory.Facts;
import cutover.core.inventory.ImportedInventory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NPS exports in three layouts: netsh on 2012 R2, Export-NpsConfiguration on 2019, an older UTF-16 export. */
class NpsConfigurationImportTest {

    @Test
    void netshExportOf2012R2() {
        ImportedInventory imported = importClean("nps/ws2012r2-netsh-export.xml");

        Dependency asa = named(imported, "VPN-ASA-HQ");
        assertEquals(DependencyCategory.RADIUS_CLIENT, asa.category());
        assertEquals("192.168.10.2", asa.identifier());
        assertEquals("Cisco", asa.attribute(Facts.VENDOR), "NAS_Manufacturer 9 through the export's vendor list");
        assertEquals(Facts.YES, asa.attribute(Facts.ENABLED));
        assertEquals(Facts.YES, asa.attribute(Facts.SHARED_SECRET_SET));
        assertEquals("PAP", asa.attribute(Facts.AUTHENTICATION_PROTOCOLS));
        assertEquals("\"VPN-ASA-HQ_NetPolicy\" (order 1)", asa.attribute(Facts.NETWORK_POLICIES));
        assertEquals("MS-CHAPv2", named(imported, "RDGW01").attribute(Facts.AUTHENTICATION_PROTOCOLS),
                "types 4 and 10 (password change) are both MS-CHAPv2");
        assertEquals("EAP", named(imported, "WLC Floor 2").attribute(Facts.AUTHENTICATION_PROTOCOLS));
        assertEquals("PAP, CHAP", named(imported, "Switch-Core").attribute(Facts.AUTHENTICATION_PROTOCOLS));
        Dependency dialIn = named(imported, "Old-Dialin");
        assertEquals(Facts.NO, dialIn.attribute(Facts.ENABLED));
        assertNull(dialIn.attribute(Facts.AUTHENTICATION_PROTOCOLS), "its only policy is disabled");
        assertEquals("EAP-MSCHAPv2", named(imported, "WLC_NetPolicy").attribute(Facts.EAP_TYPES));
        Dependency deny = imported.dependencies().stream().filter(d -> d.name().equals("Implicit Deny")
                && d.category() == DependencyCategory.NPS_POLICY).findFirst().orElseThrow();
        assertEquals("deny", deny.attribute(Facts.ACCESS), "the profile's msNPAllowDialin 0");
        assertEquals(5, count(imported, DependencyCategory.RADIUS_CLIENT), "no client from the schema section");
        assertEquals(6, count(imported, DependencyCategory.NPS_POLICY));
        assertEquals(1, count(imported, DependencyCategory.NPS_CONNECTION_REQUEST_POLICY));
        assertTrue(asa.evidence().get(0).line() > 1);
        assertEquals("nps", asa.source(), "the fixture's folder");
    }

    @Test
    void exportNpsConfigurationOf2019() {
        ImportedInventory imported = importClean("nps/ws2019-export-npsconfiguration.xml");

        Dependency gp = named(imported, "GlobalProtect Portal");
        assertEquals("2001:db8:10::15", gp.identifier());
        assertEquals("Palo Alto Networks", gp.attribute(Facts.VENDOR), "Radius_Client_Vendor_Name");
        assertEquals("PAP", gp.attribute(Facts.AUTHENTICATION_PROTOCOLS), "msNPAuthenticationType, pattern ^(Citrix|"
                + "GlobalProtect) and a group condition");
        Dependency branch = named(imported, "Branch APs");
        assertEquals("10.200.0.0/16", branch.identifier());
        assertEquals(Facts.YES, branch.attribute(Facts.SHARED_SECRET_SET), "a shared secret template");
        assertEquals("EAP", branch.attribute(Facts.AUTHENTICATION_PROTOCOLS), "Client-IPv4-Address ^10\\.200\\.");
        assertEquals("PEAP, EAP-TLS (smart card or certificate)",
                named(imported, "Branch wireless").attribute(Facts.EAP_TYPES));
        assertEquals(Facts.UNKNOWN, named(imported, "RDS Gateway").attribute(Facts.SHARED_SECRET_SET),
                "exported without exportPSK=YES the secret is empty; that says nothing");
        Dependency citrix = named(imported, "Citrix-NetScaler-DMZ");
        assertEquals("Azure MFA Server", citrix.attribute(Facts.FORWARDS_TO));
        assertNull(citrix.attribute(Facts.AUTHENTICATION_PROTOCOLS), "forwarded: NPS's network policies do not apply");
        assertEquals(Facts.YES, citrix.attribute(Facts.MESSAGE_AUTHENTICATOR));
        Dependency group = named(imported, "Azure MFA Server");
        assertEquals(DependencyCategory.RADIUS_SERVER_GROUP, group.category());
        assertEquals("10.0.1.20, 10.0.1.21", group.attribute(Facts.SERVERS));
        assertEquals(Facts.YES, group.attribute(Facts.SHARED_SECRET_SET));
        assertEquals("Azure MFA Server", named(imported, "Citrix to MFA Server").attribute(Facts.FORWARDS_TO));
        assertFalse(InventoryTestFiles.names(imported).contains("Branch secret"), "templates are not clients");
    }

    @Test
    void olderExportInUtf16() {
        ImportedInventory imported = importClean("nps/ws2008r2-export-utf16.xml");

        Dependency client = named(imported, "Grünwald VPN");
        assertEquals("MS-CHAPv2", client.attribute(Facts.AUTHENTICATION_PROTOCOLS));
        assertEquals("Cisco", client.attribute(Facts.VENDOR), "known vendor code without a vendor list");
        assertEquals(List.of("Grünwald VPN", "Dial-up"), InventoryTestFiles.names(imported));
    }

    private static long count(ImportedInventory imported, DependencyCategory category) {
        return imported.dependencies().stream().filter(d -> d.category() == category).count();
    }
}
