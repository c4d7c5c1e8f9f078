package cutover.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cutover.core.mfaserver.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntraPhoneMethodTest {

    @Test
    void splitsGraphFormatIntoParts() {
        EntraPhoneMethod phone = new EntraPhoneMethod(PhoneType.OFFICE, "+1 2065555555x555");

        assertEquals("1", phone.countryCode());
        assertEquals("2065555555", phone.number());
        assertEquals("555", phone.extension());
    }

    @Test
    void extensionIsOptional() {
        EntraPhoneMethod phone = new EntraPhoneMethod(PhoneType.MOBILE, "+44 7700900123");

        assertEquals("44", phone.countryCode());
        assertEquals("7700900123", phone.number());
        assertNull(phone.extension());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12065555555", "+12065555555", "+1 206-555-5555", "+1 206 5555555", "+0 2065555555",
        "+1234 5555555", "+1 2065555555x", "+1 2065555555x12345678901", "+1 2065555555 x5", "+ 2065555555",
        "+1 ", "+49 1234567890123456", " +1 2065555555"})
    void rejectsTextNotInGraphFormat(String text) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> new EntraPhoneMethod(PhoneType.MOBILE, text));

        assertEquals("phoneNumber", e.field());
        assertTrue(e.getMessage().contains("+{country code} {number}[x{extension}]"), e.getMessage());
    }

    @Test
    void requiresTypeAndNumber() {
        assertEquals("type", assertThrows(InvalidFieldException.class,
                () -> new EntraPhoneMethod(null, "+1 2065555555")).field());
        assertEquals("phoneNumber", assertThrows(InvalidFieldException.class,
                () -> new EntraPhoneMethod(PhoneType.MOBILE, null)).field());
    }

    @Test
    void phoneTypesCarryGraphNamesAndFixedIds() {
        assertEquals("alternateMobile", PhoneType.ALTERNATE_MOBILE.graphName());
        assertEquals("3179e48a-750b-4051-897c-87b9720928f7", PhoneType.MOBILE.methodId());
        assertEquals("b6332ec1-7057-4abe-9331-3d72feddfe41", PhoneType.ALTERNATE_MOBILE.methodId());
        assertEquals("e37fc753-ff3b-4958-9484-eaa9425c82bc", PhoneType.OFFICE.methodId());
        assertEquals(PhoneType.OFFICE, PhoneType.fromGraphName("office"));
        assertNull(PhoneType.fromGraphName("Office"));
    }

    @Test
    void entraMethodsCarryGraphNames() {
        assertEquals("voiceAlternateMobile", EntraMethod.VOICE_ALTERNATE_MOBILE.graphName());
        assertEquals(EntraMethod.PUSH, EntraMethod.fromGraphName("push"));
        assertNull(EntraMethod.fromGraphName("fido2"));
    }
}
