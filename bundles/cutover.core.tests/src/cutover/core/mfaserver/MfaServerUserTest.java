package cutover.core.mfaserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MfaServerUserTest {

    private static final PhoneNumber PHONE = new PhoneNumber("1", "4255550100", null);
    private static final MobileAppDevice IPHONE = new MobileAppDevice("iPhone", "a1b2c3d4e5f6",
            Instant.parse("2021-04-03T10:00:00Z"), true);
    private static final MobileAppDevice PIXEL = new MobileAppDevice("Pixel 7", "APA91bXYZ",
            Instant.parse("2023-09-01T08:30:00Z"), false);

    private static MfaServerUser.Builder complete() {
        return MfaServerUser.builder()
                .identity(new OnPremisesIdentity("alex.wu@contoso.com", "S-1-5-21-1-2-3-1104", "awu",
                        "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "CN=Alex Wu,OU=Users,DC=contoso,DC=com", "Alex Wu",
                        "alex.wu@contoso.com", "4711"))
                .phone(PHONE)
                .backupPhone(new PhoneNumber("44", "7700900123", "22"))
                .defaultMethod(DefaultMethod.MOBILE_APP_STANDARD)
                .addDevice(IPHONE)
                .addDevice(PIXEL)
                .oathTokenSerial("GALT12345678")
                .language("en-GB")
                .enabled(false)
                .lastChanged(Instant.parse("2024-05-06T07:08:09.123Z"));
    }

    @Test
    void keepsEveryValue() {
        MfaServerUser user = complete().build();

        assertEquals("alex.wu@contoso.com", user.upn());
        assertEquals("awu", user.identity().samAccountName());
        assertEquals(PHONE, user.phone());
        assertEquals("22", user.backupPhone().extension());
        assertEquals(DefaultMethod.MOBILE_APP_STANDARD, user.defaultMethod());
        assertEquals(List.of(IPHONE, PIXEL), user.devices());
        assertEquals(2, user.deviceCount());
        assertEquals("GALT12345678", user.oathTokenSerial());
        assertEquals("en-GB", user.language());
        assertFalse(user.enabled());
        assertEquals(Instant.parse("2024-05-06T07:08:09.123Z"), user.lastChanged());
        assertTrue(user.hasExtension());
    }

    @Test
    void minimalUserIsEnabledByDefault() {
        MfaServerUser user = MfaServerUser.builder().upn("a@b").phone(PHONE)
                .defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP).build();

        assertTrue(user.enabled());
        assertEquals(List.of(), user.devices());
        assertFalse(user.hasExtension());
    }

    @Test
    void devicesAreUnmodifiableAndIndependentOfTheBuilder() {
        MfaServerUser.Builder builder = complete();
        MfaServerUser user = builder.build();
        builder.addDevice(IPHONE);

        assertEquals(2, user.deviceCount());
        assertThrows(UnsupportedOperationException.class, () -> user.devices().add(PIXEL));
    }

    @Test
    void addingDevicesNeverChangesTheCallersList() {
        java.util.ArrayList<MobileAppDevice> callers = new java.util.ArrayList<>(List.of(IPHONE));

        MfaServerUser user = complete().devices(callers).addDevice(PIXEL).build();

        assertEquals(List.of(IPHONE), callers);
        assertEquals(List.of(IPHONE, PIXEL), user.devices());
    }

    @Test
    void extensionOnBackupPhoneCounts() {
        MfaServerUser user = complete().backupPhone(PHONE).phone(new PhoneNumber("1", "4255550100", "7")).build();
        MfaServerUser none = complete().backupPhone(null).build();

        assertTrue(user.hasExtension());
        assertFalse(none.hasExtension());
    }

    static Stream<Arguments> invalidUsers() {
        return Stream.of(
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.identity(null), "identity",
                        "user principal name is missing"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.defaultMethod(null), "defaultMethod",
                        "default method is missing"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.phone(null)
                        .defaultMethod(DefaultMethod.PHONE_CALL_PIN), "phone",
                        "default method Phone call (PIN) needs a phone number"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.devices(List.of()), "devices",
                        "needs at least one activated mobile app device"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.oathTokenSerial(null)
                        .defaultMethod(DefaultMethod.OATH_TOKEN), "oathTokenSerial",
                        "needs an OATH token serial number"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.oathTokenSerial("GALT 1234"),
                        "oathTokenSerial", "may only contain letters, digits"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.oathTokenSerial("9".repeat(65)),
                        "oathTokenSerial", "longer than 64 characters"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.language("english"), "language",
                        "must be a language tag"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.language("en_US"), "language",
                        "must be a language tag"),
                Arguments.of((UnaryOperator<MfaServerUser.Builder>) b -> b.language("e"), "language",
                        "must be a language tag"));
    }

    @ParameterizedTest
    @MethodSource("invalidUsers")
    void buildExplainsWhatIsWrong(UnaryOperator<MfaServerUser.Builder> change, String field, String message) {
        InvalidFieldException problem = assertThrows(InvalidFieldException.class,
                () -> change.apply(complete()).build());

        assertEquals(field, problem.field());
        assertTrue(problem.getMessage().contains(message), problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de-DE", "pt-BR", "zh-Hant-TW", "es-419", "fil"})
    void acceptsLanguageTags(String language) {
        assertEquals(language, complete().language(language).build().language());
    }

    @Test
    void blankLanguageAndSerialMeanNone() {
        MfaServerUser user = complete().language(" ").oathTokenSerial("").build();

        assertEquals(null, user.language());
        assertEquals(null, user.oathTokenSerial());
    }

    static Stream<UnaryOperator<MfaServerUser.Builder>> singleChanges() {
        return Stream.of(
                b -> b.upn("other@contoso.com"),
                b -> b.phone(new PhoneNumber("1", "4255550101", null)),
                b -> b.backupPhone(null),
                b -> b.defaultMethod(DefaultMethod.TEXT_MESSAGE_OTP),
                b -> b.devices(List.of(IPHONE)),
                b -> b.devices(List.of(PIXEL, IPHONE)),
                b -> b.oathTokenSerial("GALT12345679"),
                b -> b.language("en"),
                b -> b.enabled(true),
                b -> b.lastChanged(null));
    }

    @ParameterizedTest
    @MethodSource("singleChanges")
    void equalityCoversEveryField(UnaryOperator<MfaServerUser.Builder> change) {
        MfaServerUser original = complete().build();
        MfaServerUser changed = change.apply(complete()).build();

        assertEquals(original, complete().build());
        assertEquals(original.hashCode(), complete().build().hashCode());
        assertNotEquals(original, changed);
    }

    @Test
    void toBuilderCopiesEverything() {
        MfaServerUser user = complete().build();

        assertEquals(user, user.toBuilder().build());
    }

    @Test
    void toStringIsShortAndHidesPhoneAndDevices() {
        String text = complete().build().toString();

        assertEquals("MfaServerUser[alex.wu@contoso.com, mobile-app-standard, devices=2, disabled]", text);
        assertFalse(text.contains("4255550100"));
        assertFalse(IPHONE.toString().contains("a1b2c3d4e5f6"));
    }

    @Test
    void devicesNeedNameTokenAndActivationTime() {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        InvalidFieldException name = assertThrows(InvalidFieldException.class,
                () -> new MobileAppDevice(" ", "token", now, false));
        InvalidFieldException token = assertThrows(InvalidFieldException.class,
                () -> new MobileAppDevice("iPhone", null, now, false));
        InvalidFieldException time = assertThrows(InvalidFieldException.class,
                () -> new MobileAppDevice("iPhone", "token", null, false));

        assertEquals("device name is missing", name.getMessage());
        assertEquals("deviceToken", token.field());
        assertEquals("activation time of device \"iPhone\" is missing", time.getMessage());
    }
}
