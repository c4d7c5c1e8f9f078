package cutover.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.InvalidFieldException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthenticationMethodsPolicyTest {

    private static final Set<String> PILOT = Set.of("pilot");
    private static final Set<String> PILOT_AND_CONTRACTORS = Set.of("pilot", "contractors");
    private static final Set<String> NO_GROUPS = Set.of();

    @Test
    void allUsersTargetIncludesEveryone() {
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(
                List.of(MethodPolicy.enabledForAll(PolicyMethod.MICROSOFT_AUTHENTICATOR)));

        assertTrue(policy.allows(EntraMethod.PUSH, NO_GROUPS));
        assertTrue(policy.allows(EntraMethod.PUSH, PILOT));
    }

    @Test
    void groupTargetIncludesOnlyMembers() {
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(
                List.of(new MethodPolicy(PolicyMethod.SMS, true, Set.of("pilot"), Set.of())));

        assertTrue(policy.allows(EntraMethod.SMS, PILOT));
        assertFalse(policy.allows(EntraMethod.SMS, Set.of("sales")));
        assertFalse(policy.allows(EntraMethod.SMS, NO_GROUPS));
    }

    @Test
    void exclusionWinsOverInclusion() {
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(List.of(
                new MethodPolicy(PolicyMethod.VOICE, true, Set.of(MethodPolicy.ALL_USERS), Set.of("contractors"))));

        assertTrue(policy.allows(EntraMethod.VOICE_OFFICE, PILOT));
        assertFalse(policy.allows(EntraMethod.VOICE_MOBILE, PILOT_AND_CONTRACTORS));
        assertFalse(policy.allows(EntraMethod.VOICE_ALTERNATE_MOBILE, Set.of("contractors")));
    }

    @Test
    void disabledMethodAllowsNobody() {
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(
                List.of(new MethodPolicy(PolicyMethod.SMS, false, Set.of(MethodPolicy.ALL_USERS), Set.of())));

        assertFalse(policy.allows(EntraMethod.SMS, PILOT));
    }

    @Test
    void unmentionedMethodIsDisabled() {
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(List.of());

        assertFalse(policy.allows(EntraMethod.PUSH, PILOT));
        assertFalse(policy.method(PolicyMethod.SOFTWARE_OATH).enabled());
    }

    @Test
    void oathFollowsEitherSoftwareOrHardwareOath() {
        AuthenticationMethodsPolicy hardwareOnly = new AuthenticationMethodsPolicy(
                List.of(MethodPolicy.disabled(PolicyMethod.SOFTWARE_OATH),
                        new MethodPolicy(PolicyMethod.HARDWARE_OATH, true, Set.of("pilot"), Set.of())));

        assertTrue(hardwareOnly.allows(EntraMethod.OATH, PILOT));
        assertFalse(hardwareOnly.allows(EntraMethod.OATH, Set.of("sales")));
        assertFalse(hardwareOnly.allows(EntraMethod.PUSH, PILOT));
    }

    @Test
    void rejectsMethodListedTwice() {
        assertEquals("methods", assertThrows(InvalidFieldException.class,
                () -> new AuthenticationMethodsPolicy(List.of(MethodPolicy.disabled(PolicyMethod.SMS),
                        MethodPolicy.enabledForAll(PolicyMethod.SMS)))).field());
    }
}
