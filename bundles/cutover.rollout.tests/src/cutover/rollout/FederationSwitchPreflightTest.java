package cutover.rollout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each check before a domain stops accepting MFA from its federation server. */
class FederationSwitchPreflightTest {

    private static final FederationSwitchPreflight.State READY = new FederationSwitchPreflight.State("contoso.com",
            null, List.of(), null, List.of(), false);

    private static List<FederationSwitchRule> rules(FederationSwitchPreflight.State state) {
        return FederationSwitchPreflight.check(state).stream().map(FederationSwitchPreflight.Finding::rule).toList();
    }

    @Test
    void aReadyTenantMaySwitchWarnedThatItCannotBeUnset() {
        List<FederationSwitchPreflight.Finding> findings = FederationSwitchPreflight.check(READY);
        assertTrue(FederationSwitchPreflight.allowed(findings));
        assertEquals(List.of(FederationSwitchRule.CANNOT_BE_UNSET), rules(READY));
        assertTrue(findings.get(0).describe().startsWith("Currently unset. Once set"), findings.get(0).describe());
    }

    @Test
    void eachGapBlocksTheSwitch() {
        var notMigrated = new FederationSwitchPreflight.State("contoso.com", null, List.of("bo@contoso.com"), null,
                List.of(), false);
        var notVerified = new FederationSwitchPreflight.State("contoso.com", null, List.of(),
                "No verification was run.", List.of(), false);
        var noInventory = new FederationSwitchPreflight.State("contoso.com", null, List.of(), null, null, false);
        var dependency = new FederationSwitchPreflight.State("contoso.com", "enforceMfaByFederatedIdp", List.of(),
                null, List.of("RADIUS client vpn-01"), false);
        var already = new FederationSwitchPreflight.State("contoso.com", "rejectMfaByFederatedIdp", List.of(), null,
                List.of(), false);
        assertEquals(FederationSwitchRule.USERS_NOT_MIGRATED, rules(notMigrated).get(0));
        assertEquals(List.of("bo@contoso.com"), FederationSwitchPreflight.check(notMigrated).get(0).concerned());
        assertEquals(FederationSwitchRule.USERS_NOT_VERIFIED, rules(notVerified).get(0));
        assertEquals("No verification was run. " + FederationSwitchRule.USERS_NOT_VERIFIED.explanation,
                FederationSwitchPreflight.check(notVerified).get(0).describe());
        assertEquals(FederationSwitchRule.NO_INVENTORY, rules(noInventory).get(0));
        assertEquals(FederationSwitchRule.DEPENDENCIES_NOT_MIGRATED, rules(dependency).get(0));
        assertEquals("1 dependency left.", FederationSwitchPreflight.check(dependency).get(0).found());
        assertEquals(FederationSwitchRule.ALREADY_SET, rules(already).get(0));
        for (var state : List.of(notMigrated, notVerified, noInventory, dependency, already)) {
            assertFalse(FederationSwitchPreflight.allowed(FederationSwitchPreflight.check(state)), state.toString());
        }
    }

    @Test
    void stagedRolloutStillOnIsAWarningOnly() {
        var rollout = new FederationSwitchPreflight.State("contoso.com", null, List.of(), null, List.of(), true);
        assertEquals(List.of(FederationSwitchRule.ROLLOUT_ENABLED, FederationSwitchRule.CANNOT_BE_UNSET),
                rules(rollout));
        assertTrue(FederationSwitchPreflight.allowed(FederationSwitchPreflight.check(rollout)));
    }

    @Test
    void theConfirmationIsTheDomainsWholeName() {
        assertTrue(FederationSwitchPreflight.confirms(" Contoso.com ", "contoso.com"));
        assertFalse(FederationSwitchPreflight.confirms("contoso", "contoso.com"));
        assertFalse(FederationSwitchPreflight.confirms("yes", "contoso.com"));
        assertFalse(FederationSwitchPreflight.confirms(null, "contoso.com"));
    }
}
