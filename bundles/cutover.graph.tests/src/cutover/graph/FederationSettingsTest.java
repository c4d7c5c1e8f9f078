package cutover.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.emulator.EmulatorOptions;
import cutover.emulator.GraphEmulator;
import cutover.emulator.LocalTenant;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FederationSettingsTest {

    private static GraphConnection connect(GraphEmulator emulator) {
        return GraphConnection.local(CloudProfile.custom("Local tenant", URI.create(emulator.baseUrl())), "token");
    }

    private static Map<String, FederationSettings.FederatedDomain> byName(FederationSettings settings) {
        return settings.domains().stream()
                .collect(Collectors.toMap(FederationSettings.FederatedDomain::name, Function.identity()));
    }

    @Test
    void readsDomainsAndSetsTheMfaBehaviourOfTheFederatedOne() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(21, 50),
                EmulatorOptions.builder().port(0).build())) {
            FederationSettings settings = new FederationSettings(connect(emulator));
            Map<String, FederationSettings.FederatedDomain> domains = byName(settings);
            assertEquals(3, domains.size(), domains.keySet().toString());

            FederationSettings.FederatedDomain contoso = domains.get("contoso.com");
            assertTrue(contoso.federated());
            FederationSettings.Federation adfs = contoso.federation();
            assertNotNull(adfs);
            assertNotNull(adfs.id());
            assertEquals("contoso.com", adfs.displayName());
            assertEquals("http://sts.contoso.com/adfs/services/trust", adfs.issuerUri());
            assertNull(adfs.federatedIdpMfaBehavior(), "not set: SupportsMfa still decides");
            assertEquals("wsFed", adfs.preferredAuthenticationProtocol());

            FederationSettings.FederatedDomain fabrikam = domains.get("fabrikam.com");
            assertFalse(fabrikam.federated());
            assertNull(fabrikam.federation());
            assertFalse(domains.get("contoso.onmicrosoft.com").federated());

            FederationSettings.Federation enforced = settings.setMfaBehavior("contoso.com", adfs.id(),
                    FederationSettings.ENFORCE_MFA_BY_FEDERATED_IDP);
            assertEquals("enforceMfaByFederatedIdp", enforced.federatedIdpMfaBehavior());
            assertEquals(adfs.id(), enforced.id());
            assertEquals(adfs.issuerUri(), enforced.issuerUri());

            FederationSettings.Federation rejected = settings.setMfaBehavior("contoso.com", adfs.id(),
                    FederationSettings.REJECT_MFA_BY_FEDERATED_IDP);
            assertEquals("rejectMfaByFederatedIdp", rejected.federatedIdpMfaBehavior());
            assertEquals("rejectMfaByFederatedIdp",
                    byName(settings).get("contoso.com").federation().federatedIdpMfaBehavior());
        }
    }

    @Test
    void refusesAnUnknownBehaviourBeforeAnyRequest() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(22, 20),
                EmulatorOptions.builder().port(0).build())) {
            GraphConnection connection = connect(emulator);
            FederationSettings settings = new FederationSettings(connection);
            String federationId = byName(settings).get("contoso.com").federation().id();
            long requests = connection.meter().requests();
            for (String behavior : new String[] {"supportsMfa", "RejectMfaByFederatedIdp", "", null}) {
                assertThrows(IllegalArgumentException.class,
                        () -> settings.setMfaBehavior("contoso.com", federationId, behavior), String.valueOf(behavior));
            }
            assertEquals(requests, connection.meter().requests(), "nothing was sent");
            assertEquals(List.of("acceptIfMfaDoneByFederatedIdp", "enforceMfaByFederatedIdp",
                    "rejectMfaByFederatedIdp"), FederationSettings.MFA_BEHAVIORS);
        }
    }

    @Test
    void anUnknownFederationIsGraphsRefusal() throws Exception {
        try (GraphEmulator emulator = GraphEmulator.start(LocalTenant.synthetic(23, 20),
                EmulatorOptions.builder().port(0).build())) {
            FederationSettings settings = new FederationSettings(connect(emulator));
            GraphException refused = assertThrows(GraphException.class, () -> settings.setMfaBehavior("contoso.com",
                    "00000000-0000-0000-0000-000000000000", FederationSettings.REJECT_MFA_BY_FEDERATED_IDP));
            assertEquals(404, refused.status());
        }
    }
}
