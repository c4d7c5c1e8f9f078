package cutover.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.InvalidFieldException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntraUserTest {

    private static final String ID = "0c7b3d6e-1f2a-4b5c-8d9e-0a1b2c3d4e5f";

    @Test
    void buildsUserWithMethods() {
        EntraUser user = EntraUser.builder(ID, "alex.wu@contoso.com")
                .onPremisesSamAccountName("awu")
                .mail(" ")
                .phones(List.of(new EntraPhoneMethod(PhoneType.MOBILE, "+1 2065555555"),
                        new EntraPhoneMethod(PhoneType.OFFICE, "+1 4255550100x12")))
                .authenticatorDevices(List.of(new AuthenticatorDevice("dev-1", "iPhone", null,
                        Instant.parse("2025-01-02T03:04:05Z"))))
                .softwareOath(List.of(new SoftwareOathMethod("soft-1")))
                .hardwareOath(List.of(new HardwareOathToken("hw-1", "SN123", "Contoso", "T1",
                        HardwareOathStatus.ACTIVATED)))
                .defaultMethod(EntraMethod.SMS)
                .build();

        assertEquals("awu", user.onPremisesSamAccountName());
        assertNull(user.mail(), "blank text is stored as null");
        assertEquals("+1 4255550100x12", user.phone(PhoneType.OFFICE).phoneNumber());
        assertNull(user.phone(PhoneType.ALTERNATE_MOBILE));
        assertEquals(EntraMethod.SMS, user.defaultMethod());
        assertEquals(1, user.hardwareOath().size());
    }

    @Test
    void allowsOnePhonePerType() {
        List<EntraPhoneMethod> phones = List.of(new EntraPhoneMethod(PhoneType.MOBILE, "+1 2065555555"),
                new EntraPhoneMethod(PhoneType.MOBILE, "+1 2065555556"));

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> EntraUser.builder(ID, "alex.wu@contoso.com").phones(phones).build());

        assertEquals("phones", e.field());
        assertTrue(e.getMessage().contains("more than one mobile phone"), e.getMessage());
    }

    @Test
    void sameNumberMayBeInTwoSlots() {
        EntraUser user = EntraUser.builder(ID, "alex.wu@contoso.com")
                .phones(List.of(new EntraPhoneMethod(PhoneType.MOBILE, "+1 2065555555"),
                        new EntraPhoneMethod(PhoneType.ALTERNATE_MOBILE, "+1 2065555555")))
                .build();

        assertEquals(2, user.phones().size());
    }

    @Test
    void requiresGuidObjectIdAndUpn() {
        assertEquals("objectId", assertThrows(InvalidFieldException.class,
                () -> EntraUser.builder("not-a-guid", "a@b").build()).field());
        assertEquals("userPrincipalName", assertThrows(InvalidFieldException.class,
                () -> EntraUser.builder(ID, "no-at-sign").build()).field());
        assertEquals("userPrincipalName", assertThrows(InvalidFieldException.class,
                () -> EntraUser.builder(ID, null).build()).field());
    }

    @Test
    void listsAreCopied() {
        List<SoftwareOathMethod> tokens = new ArrayList<>(List.of(new SoftwareOathMethod("s1")));
        EntraUser user = EntraUser.builder(ID, "a@b").softwareOath(tokens).build();
        tokens.clear();

        assertEquals(1, user.softwareOath().size());
        assertThrows(UnsupportedOperationException.class, () -> user.softwareOath().clear());
    }

    @Test
    void hardwareTokenNeedsSerialAndStatus() {
        assertEquals("serialNumber", assertThrows(InvalidFieldException.class,
                () -> new HardwareOathToken("id", " ", null, null, HardwareOathStatus.AVAILABLE)).field());
        assertEquals("status", assertThrows(InvalidFieldException.class,
                () -> new HardwareOathToken("id", "SN1", null, null, null)).field());
    }

    @Test
    void snapshotRejectsDuplicateObjectIds() {
        EntraUser user = EntraUser.builder(ID, "a@b").build();
        AuthenticationMethodsPolicy policy = new AuthenticationMethodsPolicy(List.of());

        assertEquals("users", assertThrows(InvalidFieldException.class,
                () -> new TenantSnapshot("11111111-2222-3333-4444-555555555555", Instant.EPOCH, policy,
                        List.of(user, user))).field());
    }
}
