package cutover.emulator;

import cutover.core.tenant.AuthenticationMethodsPolicy;
import cutover.core.tenant.AuthenticatorDevice;
import cutover.core.tenant.EntraMethod;
import cutover.core.tenant.EntraPhoneMethod;
import cutover.core.tenant.EntraUser;
import cutover.core.tenant.MethodPolicy;
import cutover.core.tenant.PhoneType;
import cutover.core.tenant.PolicyMethod;
import cutover.core.tenant.TenantSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made tenants whose users the tests know. */
final class TestTenants {

    static final String TENANT_ID = "11111111-2222-4333-8444-555555555555";
    /** No methods at all. */
    static final String ALEX_ID = "a0000000-0000-4000-8000-000000000001";
    static final String ALEX = "alex.wu@contoso.com";
    /** An office number that is the default method (voiceOffice), and one Authenticator device. */
    static final String BEA_ID = "b0000000-0000-4000-8000-000000000002";
    static final String BEA = "bea.ng@contoso.com";
    static final String BEA_OFFICE = "+1 4255550100x12";

    private TestTenants() {
    }

    static LocalTenant small() {
        List<MethodPolicy> methods = new ArrayList<>();
        for (PolicyMethod method : PolicyMethod.values()) {
            methods.add(MethodPolicy.enabledForAll(method));
        }
        EntraUser alex = EntraUser.builder(ALEX_ID, ALEX).onPremisesSamAccountName("alexw").employeeId("E1001")
                .mail(ALEX).build();
        EntraUser bea = EntraUser.builder(BEA_ID, BEA)
                .phones(List.of(new EntraPhoneMethod(PhoneType.OFFICE, BEA_OFFICE)))
                .authenticatorDevices(List.of(new AuthenticatorDevice("c0000000-0000-4000-8000-000000000003",
                        "Bea's phone", null, Instant.parse("2024-01-02T03:04:05Z"))))
                .defaultMethod(EntraMethod.VOICE_OFFICE).build();
        LocalTenant tenant = LocalTenant.from(new TenantSnapshot(TENANT_ID, Instant.parse("2025-06-30T12:00:00Z"),
                new AuthenticationMethodsPolicy(methods), List.of(alex, bea)));
        tenant.addGroup("d0000000-0000-4000-8000-000000000004", "Pilot", List.of(ALEX_ID), List.of());
        return tenant;
    }

    /** Options for tests: free port, no faults, default write budget. */
    static EmulatorOptions.Builder options() {
        return EmulatorOptions.builder().port(0).threads(4);
    }
}
