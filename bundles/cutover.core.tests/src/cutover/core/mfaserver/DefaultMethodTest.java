package cutover.core.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultMethodTest {

    @Test
    void exportCodesAreTheDocumentedTokens() {
        List<String> codes = Arrays.stream(DefaultMethod.values()).map(DefaultMethod::exportCode).toList();

        assertEquals(List.of("phone-call-standard", "phone-call-pin", "text-message-otp", "text-message-otp-pin",
                "mobile-app-standard", "mobile-app-pin", "oath-token"), codes);
    }

    @ParameterizedTest
    @EnumSource(DefaultMethod.class)
    void exportCodeRoundTripsIgnoringCaseAndBlanks(DefaultMethod method) {
        assertEquals(Optional.of(method), DefaultMethod.fromExportCode(method.exportCode()));
        assertEquals(Optional.of(method),
                DefaultMethod.fromExportCode(" " + method.exportCode().toUpperCase(Locale.ROOT) + " "));
    }

    @Test
    void unknownCodesAreEmpty() {
        assertEquals(Optional.empty(), DefaultMethod.fromExportCode("sms"));
        assertEquals(Optional.empty(), DefaultMethod.fromExportCode(""));
        assertEquals(Optional.empty(), DefaultMethod.fromExportCode(null));
        assertEquals(Optional.empty(), DefaultMethod.fromExportCode("PHONE_CALL_STANDARD"));
    }

    @Test
    void labelsUseMfaServerWording() {
        assertEquals("Phone call (standard)", DefaultMethod.PHONE_CALL_STANDARD.label());
        assertEquals("Text message (OTP + PIN)", DefaultMethod.TEXT_MESSAGE_OTP_PIN.label());
        assertEquals("Mobile app (PIN)", DefaultMethod.MOBILE_APP_PIN.label());
        assertEquals("OATH token", DefaultMethod.OATH_TOKEN.label());
    }

    @Test
    void categoriesAreDisjointAndPinIsFlaggedWhereUsed() {
        EnumSet<DefaultMethod> phoneCalls = EnumSet.noneOf(DefaultMethod.class);
        EnumSet<DefaultMethod> texts = EnumSet.noneOf(DefaultMethod.class);
        EnumSet<DefaultMethod> apps = EnumSet.noneOf(DefaultMethod.class);
        EnumSet<DefaultMethod> pins = EnumSet.noneOf(DefaultMethod.class);
        for (DefaultMethod method : DefaultMethod.values()) {
            int categories = (method.isPhoneCall() ? 1 : 0) + (method.isTextMessage() ? 1 : 0)
                    + (method.isMobileApp() ? 1 : 0);
            assertTrue(categories <= 1, method + " is in " + categories + " categories");
            assertEquals(method.isPhoneCall() || method.isTextMessage(), method.needsPhone(), method.name());
            if (method.isPhoneCall()) {
                phoneCalls.add(method);
            }
            if (method.isTextMessage()) {
                texts.add(method);
            }
            if (method.isMobileApp()) {
                apps.add(method);
            }
            if (method.usesPin()) {
                pins.add(method);
            }
        }
        assertEquals(EnumSet.of(DefaultMethod.PHONE_CALL_STANDARD, DefaultMethod.PHONE_CALL_PIN), phoneCalls);
        assertEquals(EnumSet.of(DefaultMethod.TEXT_MESSAGE_OTP, DefaultMethod.TEXT_MESSAGE_OTP_PIN), texts);
        assertEquals(EnumSet.of(DefaultMethod.MOBILE_APP_STANDARD, DefaultMethod.MOBILE_APP_PIN), apps);
        assertEquals(EnumSet.of(DefaultMethod.PHONE_CALL_PIN, DefaultMethod.TEXT_MESSAGE_OTP_PIN,
                DefaultMethod.MOBILE_APP_PIN), pins);
    }
}
