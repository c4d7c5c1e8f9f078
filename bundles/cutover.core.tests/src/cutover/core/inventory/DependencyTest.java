package cutover.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyTest {

    @Test
    void idDependsOnlyOnCategorySourceAndNameIgnoringCase() {
        Dependency a = Dependency.of(DependencyCategory.RADIUS_CLIENT, "NPS01", "VPN-ASA", "10.0.0.1",
                Map.of(Facts.ENABLED, Facts.YES), List.of());
        Dependency b = Dependency.of(DependencyCategory.RADIUS_CLIENT, "nps01", "vpn-asa", "10.9.9.9",
                Map.of(Facts.ENABLED, Facts.NO), List.of(new Evidence("x", 3, null, "seen")));

        assertEquals(a.id(), b.id());
        assertEquals("radius-client-", a.id().substring(0, 14));
        assertEquals(26, a.id().length());
        assertNotEquals(a.id(), Dependency.idFor(DependencyCategory.LDAP_CLIENT, "NPS01", "VPN-ASA"));
        assertNotEquals(a.id(), Dependency.idFor(DependencyCategory.RADIUS_CLIENT, "NPS02", "VPN-ASA"));
        assertEquals(Dependency.idFor(DependencyCategory.RADIUS_CLIENT, "NPS01", "VPN-ASA"), a.id(),
                "the same every time: readiness records are keyed on it");
    }

    @Test
    void attributesNamingSecretsMaySayOnlyYesNoOrUnknown() {
        Dependency fine = Dependency.of(DependencyCategory.RADIUS_CLIENT, "NPS01", "vpn", null,
                Map.of(Facts.SHARED_SECRET_SET, Facts.UNKNOWN), List.of());
        assertEquals(Facts.UNKNOWN, fine.attribute(Facts.SHARED_SECRET_SET));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dependency.of(
                DependencyCategory.RADIUS_CLIENT, "NPS01", "vpn", null, Map.of("shared secret", "hunter2"), List.of()));
        assertTrue(e.getMessage().contains("never keeps secrets"));
        assertTrue(!e.getMessage().contains("hunter2"), "the refused value is not repeated");
        assertThrows(IllegalArgumentException.class, () -> Dependency.of(DependencyCategory.WEB_SDK_CONSUMER, "MFA01",
                "portal", null, Map.of("SDK Password", "x"), List.of()));
    }

    @Test
    void mergingKeepsFirstAttributesAndAllEvidence() {
        Evidence first = new Evidence("a.json", 1, "$", "global policy");
        Evidence second = new Evidence("b.config", 2, null, "adapter configuration");
        Dependency policy = Dependency.of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "adapters", null,
                Map.of(Facts.MFA_SERVER_ADAPTER, Facts.YES), List.of(first));
        Dependency config = Dependency.of(DependencyCategory.ADFS_ADAPTER, "ADFS01", "adapters", "https://mfa/sdk",
                Map.of(Facts.MFA_SERVER_ADAPTER, Facts.NO, Facts.WEB_SERVICE_SDK_URL, "https://mfa/sdk"),
                List.of(second, first));

        Dependency merged = policy.mergedWith(config);

        assertEquals(Facts.YES, merged.attribute(Facts.MFA_SERVER_ADAPTER));
        assertEquals("https://mfa/sdk", merged.attribute(Facts.WEB_SERVICE_SDK_URL));
        assertEquals("https://mfa/sdk", merged.identifier());
        assertEquals(List.of(first, second), merged.evidence());
        assertThrows(IllegalArgumentException.class, () -> policy.mergedWith(Dependency.of(
                DependencyCategory.ADFS_ADAPTER, "ADFS02", "adapters", null, Map.of(), List.of())));
    }

    @Test
    void protocolsAreParsedFromTheirCommonNames() {
        assertEquals(EnumSet.of(AuthenticationProtocol.PAP, AuthenticationProtocol.MS_CHAPV2,
                AuthenticationProtocol.EAP),
                AuthenticationProtocol.parseList("pap; MSCHAPv2 | PEAP, nonsense"));
        assertEquals("PAP, MS-CHAPv2", AuthenticationProtocol.format(EnumSet.of(AuthenticationProtocol.MS_CHAPV2,
                AuthenticationProtocol.PAP)));
        assertEquals(AuthenticationProtocol.CHAP, AuthenticationProtocol.fromName("MD5-CHAP"));
    }

    @Test
    void evidenceSaysWhereItWasSeen() {
        assertEquals("line 12, Clients/VPN", new Evidence("nps.xml", 12, "Clients/VPN", "client").location());
        assertEquals("$[3]", new Evidence("rp.json", 0, "$[3]", "trust").location());
        assertEquals("nps.xml:12: client (Clients/VPN)", new Evidence("nps.xml", 12, "Clients/VPN",
                "client").toString());
        assertEquals("a.csv:4: bad", new InventoryProblem("a.csv", 4, "bad").toString());
    }
}
