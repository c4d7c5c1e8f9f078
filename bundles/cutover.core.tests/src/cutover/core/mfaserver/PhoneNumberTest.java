package cutover.core.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTest {

    @Test
    void formatsWithoutExtension() {
        PhoneNumber phone = new PhoneNumber("1", "4255550100", null);

        assertFalse(phone.hasExtension());
        assertEquals("+14255550100", phone.e164());
        assertEquals("+1 4255550100", phone.display());
        assertEquals("+1 4255550100", phone.graphFormat());
        assertEquals("+1 4255550100", phone.toString());
    }

    @Test
    void formatsWithExtension() {
        PhoneNumber phone = new PhoneNumber("1", "4255550100", "1234");

        assertTrue(phone.hasExtension());
        assertEquals("+14255550100", phone.e164());
        assertEquals("+1 4255550100 x1234", phone.display());
        assertEquals("+1 4255550100x1234", phone.graphFormat());
    }

    @Test
    void lenientFactoryStripsPunctuationAndPlus() {
        PhoneNumber phone = PhoneNumber.of(" +44 ", "(20) 7946-0958", "  ");

        assertEquals(new PhoneNumber("44", "2079460958", null), phone);
        assertEquals(new PhoneNumber("1", "4255550100", "12"), PhoneNumber.of("1", "425.555.0100", " 12 "));
    }

    @Test
    void acceptsTheE164Limits() {
        assertEquals("+112345678901234", new PhoneNumber("1", "12345678901234", null).e164());
        assertEquals("+491234", new PhoneNumber("49", "1234", null).e164());
        assertEquals("1234567890", new PhoneNumber("358", "123456789012", "1234567890").extension());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "1,    12ab,              NULL,         number,      phone number \"12ab\" must contain only digits",
        "1,    425 555 0100,      NULL,         number,      phone number \"425 555 0100\" must contain only digits",
        "+1,   4255550100,        NULL,         countryCode, country code \"+1\" must contain only digits",
        "1234, 4255550100,        NULL,         countryCode, country code \"1234\" must have 1 to 3 digits",
        "0,    4255550100,        NULL,         countryCode, country code \"0\" must not start with 0",
        "NULL, 4255550100,        NULL,         countryCode, country code is missing",
        "1,    NULL,              NULL,         number,      phone number is missing",
        "1,    123,               NULL,         number,      phone number \"123\" must have 4 to 15 digits but has 3",
        "1,    1234567890123456,  NULL,         number,      must have 4 to 15 digits but has 16",
        "358,  123456789012345,   NULL,         number,      has 18 digits; E.164 allows at most 15",
        "1,    4255550100,        12a,          extension,   extension \"12a\" must contain only digits",
        "1,    4255550100,        12345678901,  extension,   extension \"12345678901\" must have 1 to 10 digits",
    })
    void rejectsInvalidParts(String countryCode, String number, String extension, String field, String message) {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class,
                () -> new PhoneNumber(countryCode, number, extension));

        assertEquals(field, problem.field());
        assertTrue(problem.getMessage().contains(message), problem.getMessage());
    }

    @Test
    void emptyExtensionIsNotTheSameAsNone() {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class,
                () -> new PhoneNumber("1", "4255550100", ""));

        assertEquals("extension", problem.field());
        assertNull(PhoneNumber.of("1", "4255550100", "").extension());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThrows(IllegalArgumentException.class, () -> PhoneNumber.of("1", "phone", null));
    }
}
